import type { StaffInput } from '@shared/domain/staff/staff';
import { londonDate } from '../platform/clock';
import { seededRandom, type Random } from '../platform/random';
import type { HandlerContext } from '../rpc/context';
import { createStaff } from '../services/staff/staff-service';
import { FAMILY_NAMES, GIVEN_NAMES } from './names';
import { seedFullRecords } from './seed-staff-full';

/** Demo staff by job role: mostly wellbeing workers, with the office team a branch of ~150 needs. */
const ROLE_MIX: { jobRole: number; count: number }[] = [
  { jobRole: 4, count: 1 }, // registered manager
  { jobRole: 43, count: 1 }, // deputy manager
  { jobRole: 40, count: 3 }, // care co-ordinators
  { jobRole: 44, count: 1 }, // learning and development lead (trainer)
  { jobRole: 25, count: 2 }, // administrative
  { jobRole: 45, count: 8 }, // team leaders
  { jobRole: 7, count: 14 }, // senior wellbeing workers
  { jobRole: 52, count: 20 }, // support workers
  { jobRole: 8, count: 100 }, // wellbeing (care) workers
];

/** The staff a demo branch is built from, in a stable order (first of each role gets a demo account). */
export interface SeededStaff {
  id: string;
  jobRole: number;
  givenName: string;
  familyName: string;
}

function isoDaysBefore(today: string, days: number): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** Create the demo staff through the staff service; `scale` multiplies the wellbeing workforce for benchmarks. */
export async function seedStaff(ctx: HandlerContext, random: Random, scale = 1): Promise<SeededStaff[]> {
  const today = londonDate(ctx.deps.clock.now());
  const out: SeededStaff[] = [];
  const created: { id: string; staff: StaffInput }[] = [];
  let n = 0;
  for (const { jobRole, count } of ROLE_MIX) {
    const total = jobRole === 8 || jobRole === 52 ? Math.round(count * scale) : count;
    for (let i = 0; i < total; i += 1) {
      n += 1;
      const givenName = random.pick(GIVEN_NAMES);
      const familyName = random.pick(FAMILY_NAMES);
      const input: StaffInput = {
        reference: `NH${String(n).padStart(5, '0')}`,
        givenName,
        familyName,
        preferredName: random.chance(0.1) ? givenName.slice(0, 3) : null,
        jobRole,
        email: `${givenName}.${familyName}${n}`.toLowerCase().replace(/[^a-z0-9.]/g, '') + '@example.org',
        phone: `07700 9${String(random.int(0, 99_999)).padStart(5, '0')}`,
        startDate: isoDaysBefore(today, random.int(14, 10 * 365)),
      };
      const record = await createStaff(ctx, input);
      out.push({ id: record.id, jobRole, givenName, familyName });
      created.push({ id: record.id, staff: input });
    }
  }
  // The full record (pay, DBS, right to work, equality...) from its own stream, so the names above never change.
  await seedFullRecords(ctx, seededRandom(random.int(1, 2 ** 31 - 1)), created);
  return out;
}
