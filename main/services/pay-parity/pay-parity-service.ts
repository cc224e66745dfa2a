import { sql } from 'kysely';
import { payParityGaps, type PayParityFacts, type PayParityReport } from '@shared/domain/policy/pay-parity';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { employerName, listEmployers } from '../ascwds/employers';
import { rateInForce } from '../compliance/compliance-facts';

/** Pay parity today: every current worker with a rate, compared by job role and pathway step across employers. */
export async function payParityReport(ctx: HandlerContext): Promise<PayParityReport> {
  const db = ctx.deps.db;
  const today = londonDate(ctx.deps.clock.now());
  const [rows, partners, lead] = await Promise.all([
    db
      .selectFrom('staff')
      .select([
        'id',
        'given_name',
        'family_name',
        'preferred_name',
        'reference',
        'job_role',
        'employer_id',
        'guaranteed_hours',
        rateInForce(today).as('current_pence'),
        // The step held today: the latest placement started by then, found through its (staff_id, ...) index.
        sql<string | null>`(SELECT p.step_id FROM pathway_placement p WHERE p.staff_id = staff.id
          AND p.start_date <= ${today} ORDER BY p.start_date DESC LIMIT 1)`.as('step_id'),
      ])
      .where('status', '=', 'active')
      .where('start_date', '<=', today)
      .where((eb) => eb.or([eb('leaving_date', 'is', null), eb('leaving_date', '>=', today)]))
      .execute(),
    listEmployers(db),
    employerName(db, null),
  ]);
  const steps = new Map(
    (await db.selectFrom('pathway_step').select(['id', 'name']).execute()).map((s) => [s.id, s.name]),
  );
  const partnerNames = new Map(partners.map((p) => [p.id, p.name]));
  const facts: PayParityFacts[] = rows.flatMap((r) =>
    r.current_pence === null
      ? []
      : [
          {
            staffId: r.id,
            name: `${r.preferred_name ?? r.given_name} ${r.family_name}`,
            reference: r.reference,
            jobRole: r.job_role,
            stepId: r.step_id,
            stepName: r.step_id === null ? null : (steps.get(r.step_id) ?? null),
            employerId: r.employer_id,
            employerName: r.employer_id === null ? (lead ?? '') : (partnerNames.get(r.employer_id) ?? ''),
            pencePerHour: r.current_pence,
            guaranteedWeeklyHours: r.guaranteed_hours,
          },
        ],
  );
  const { groupsCompared, gaps } = payParityGaps(facts);
  return { today, groupsCompared, employers: partners.length + 1, gaps };
}
