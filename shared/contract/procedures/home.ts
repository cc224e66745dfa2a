import { z } from 'zod';
import { procedure } from '../procedure';
import { CoordinatorHome, ManagerHome, TrainerHome, VisitorHome, WorkerHome } from '@shared/domain/home/home';

const NONE = z.object({}).strict();

/** Each role's home page: what it needs today, on the backend's today, gathered from the services that own it. */
export const homeProcedures = {
  'home.manager': procedure({
    summary: 'The manager’s day: compliance due, training expiring, Charter, pay floor, apprentices, sickness, cover.',
    input: NONE,
    output: ManagerHome,
    roles: ['manager'],
  }),
  'home.coordinator': procedure({
    summary: 'The coordinator’s day: today’s visits and gaps, who is sick, next week’s plan, hours against guarantees.',
    input: NONE,
    output: CoordinatorHome,
    roles: ['manager', 'coordinator'],
  }),
  'home.trainer': procedure({
    summary: 'The trainer’s day: today’s sessions, registers to submit, expiring training by course.',
    input: NONE,
    output: TrainerHome,
    roles: ['manager', 'trainer'],
  }),
  'home.worker': procedure({
    summary: 'A worker’s own week, training due and pathway step.',
    input: NONE,
    output: WorkerHome,
    roles: ['worker'],
  }),
  'home.visitor': procedure({
    summary: 'A hub visitor’s coming bookings.',
    input: NONE,
    output: VisitorHome,
    roles: ['visitor'],
  }),
};
