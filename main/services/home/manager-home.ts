import type { ManagerHome } from '@shared/domain/home/home';
import { ComplianceKind } from '@shared/domain/staff/compliance';
import { isoWeekOf } from '@shared/domain/time/iso-week';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { apprenticeshipDashboard } from '../apprenticeships/dashboard';
import { charterChecklist, complianceDashboard } from '../compliance/compliance-service';
import { getWeekView } from '../rota/week-view';
import { trainingAlerts } from '../training/matrix-service';
import { expiryByCourse } from './course-expiry';
import { sickToday } from './sick-today';
import { weekCoverage } from './week-coverage';

/**
 * The manager's day, each figure from the service that owns it: compliance and the pay floor from the compliance
 * dashboard, expiring training from the training alerts, the Charter checklist, apprentices behind on
 * off-the-job hours, who is off sick, and this week's rota coverage.
 */
export async function managerHome(ctx: HandlerContext): Promise<ManagerHome> {
  const today = londonDate(ctx.deps.clock.now());
  const [compliance, alerts, charter, apprenticeships, sick, week] = await Promise.all([
    complianceDashboard(ctx),
    trainingAlerts(ctx, false),
    charterChecklist(ctx),
    apprenticeshipDashboard(ctx),
    sickToday(ctx, today),
    getWeekView(ctx, isoWeekOf(today)),
  ]);
  const count = (kind: ComplianceKind, severity: 'overdue' | 'due' | 'info') =>
    compliance.lines.filter((l) => l.kind === kind && l.severity === severity).length;
  const byCourse = expiryByCourse(alerts);
  const charterCount = (status: 'met' | 'not_met' | 'not_measured') =>
    charter.items.filter((i) => i.status === status).length;
  return {
    today,
    // The pay floor has its own section: it is a legal minimum, not record keeping.
    compliance: ComplianceKind.options
      .filter((kind) => kind !== 'below_pay_floor')
      .map((kind) => ({
        kind,
        overdue: count(kind, 'overdue'),
        due: count(kind, 'due'),
        toReview: count(kind, 'info'),
      })),
    payFloor: {
      floorPence: compliance.floorPence,
      staffChecked: compliance.staffChecked,
      below: compliance.lines
        .filter((l) => l.kind === 'below_pay_floor')
        .map((l) => ({ staffId: l.staffId, name: l.name, detail: l.detail })),
    },
    training: {
      expired: byCourse.reduce((n, c) => n + c.expired, 0),
      expiring: byCourse.reduce((n, c) => n + c.expiring, 0),
      unbooked: byCourse.reduce((n, c) => n + c.unbooked, 0),
      byCourse,
    },
    charter: { met: charterCount('met'), notMet: charterCount('not_met'), notMeasured: charterCount('not_measured') },
    apprenticeships: {
      active: apprenticeships.active.length,
      behind: apprenticeships.behind.map((a) => ({
        id: a.id,
        name: a.name,
        standardTitle: a.standardTitle,
        catchUpHoursPerWeek: a.catchUpPerWeek,
      })),
    },
    sickToday: sick,
    coverage: weekCoverage(week),
  };
}
