import type { HandlerTable } from '@main/rpc/handler';
import { coordinatorHome } from './coordinator-home';
import { managerHome } from './manager-home';
import { trainerHome } from './trainer-home';
import { visitorHome } from './visitor-home';
import { workerHome } from './worker-home';

type HomeProcedure = 'home.manager' | 'home.coordinator' | 'home.trainer' | 'home.worker' | 'home.visitor';

/** Handlers for `home.*`: each role's home page. */
export const homeHandlers: HandlerTable<HomeProcedure> = {
  'home.manager': (_input, ctx) => managerHome(ctx),
  'home.coordinator': (_input, ctx) => coordinatorHome(ctx),
  'home.trainer': (_input, ctx) => trainerHome(ctx),
  'home.worker': (_input, ctx) => workerHome(ctx),
  'home.visitor': (_input, ctx) => visitorHome(ctx),
};
