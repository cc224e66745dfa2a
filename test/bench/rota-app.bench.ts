import { performance } from 'node:perf_hooks';
import { openTestBackend } from '../fixtures/test-backend';
import { benchRow, percentile, type BenchRow } from './bench-row';
import { boardRenderTimes } from './board-render';

// App-layer figures on the demo neighbourhood week (~300 people, ~4,700 visits): the whole planWeek procedure
// (instance from the store, planner thread, validator, one save transaction), live edit checks on the board,
// and a sickness report through dispatch (absence recorded + cover proposed). The engine's own rows are in
// rota.bench.ts.
export default async function (): Promise<BenchRow[]> {
  const tb = await openTestBackend({ demo: true });
  try {
    const coordinator = await tb.signedIn('coordinator');
    const week = '2026-W48';
    const t0 = performance.now();
    const view = await coordinator.ok('rota.planWeek', { isoWeek: week });
    const planSeconds = (performance.now() - t0) / 1000;
    const assigned = view.visits.filter((v) => v.workerIds.length === 1);
    const checks: number[] = [];
    for (const v of assigned.slice(0, 20)) {
      const s = performance.now();
      await coordinator.ok('rota.checkEdit', {
        isoWeek: week,
        edit: { kind: 'move', visitId: v.id, startMinute: Math.min(1439 - v.durationMinutes, v.startMinute + 15) },
      });
      checks.push(performance.now() - s);
    }
    // The validator's check of giving a visit to another team member (what a drop on the board waits for).
    const teams = new Map(view.clients.map((c) => [c.id, c.teamWorkerIds]));
    const assignChecks: number[] = [];
    for (const v of assigned.slice(0, 20)) {
      const other = (teams.get(v.clientId) ?? []).find((id) => id !== v.workerIds[0]);
      if (!other) continue;
      const s = performance.now();
      await coordinator.ok('rota.checkEdit', {
        isoWeek: week,
        edit: { kind: 'assign', visitId: v.id, workerIds: [other] },
      });
      assignChecks.push(performance.now() - s);
    }
    // Opening a visit (or starting to drag it) lists the person's team: who is free, with the effect in words.
    const teamLists: number[] = [];
    for (const v of assigned.slice(0, 20)) {
      const s = performance.now();
      await coordinator.ok('rota.explain', { isoWeek: week, visitId: v.id });
      teamLists.push(performance.now() - s);
    }
    const { times: draws, visitsDrawn } = await boardRenderTimes(view, 5);
    // The worker with the most visits on the day they are off (the week's busiest may have that day free).
    const sickDay = view.dates[1] ?? '';
    const onSickDay = new Map<string, number>();
    for (const v of view.visits)
      if (v.date === sickDay) for (const w of v.workerIds) onSickDay.set(w, (onSickDay.get(w) ?? 0) + 1);
    const busiest = [...onSickDay].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    let sicknessMs: number | null = null;
    let affected = 0;
    if (busiest !== undefined) {
      const s = performance.now();
      const r = await coordinator.ok('rota.reportSickness', {
        isoWeek: week,
        staffId: busiest,
        startDate: sickDay,
        startMinute: 0,
        endDate: sickDay,
        note: null,
      });
      sicknessMs = performance.now() - s;
      affected = r.proposals.length;
    }
    return [
      benchRow(
        'rota_app.plan_week_procedure_s',
        's',
        '<=',
        10,
        Math.round(planSeconds * 100) / 100,
        `${view.visits.length} visits, store to saved draft incl. worker thread and validator`,
      ),
      benchRow(
        'rota_app.edit_check_p95_ms',
        'ms',
        '<=',
        1000,
        Math.round(percentile(checks, 95)),
        `${checks.length} live checks (the validator on the visits and weeks the edit touches) on the same week`,
      ),
      benchRow(
        'ui.board_render_ms',
        'ms',
        '<=',
        300,
        // A board that drew nothing measured nothing.
        visitsDrawn === 0 ? null : Math.round(percentile(draws, 50)),
        `week board by worker: ${view.workers.length} workers, ${view.visits.length} visits, ${visitsDrawn} drawn ` +
          `(the rows in view of a 1440×900 window and 5 beyond; 3 unassigned a day), ` +
          `median of ${draws.length} first draws (jsdom, React production build)`,
      ),
      benchRow(
        'ui.board_edit_check_p95_ms',
        'ms',
        '<=',
        150,
        assignChecks.length === 0 ? null : Math.round(percentile(assignChecks, 95)),
        // The median beside the p95: on a shared machine one check held up by another process sets the p95.
        `${assignChecks.length} checks of assigning another team member, through dispatch ` +
          `(median ${assignChecks.length === 0 ? 'n/a' : Math.round(percentile(assignChecks, 50))} ms)`,
      ),
      benchRow(
        'ui.board_team_list_p95_ms',
        'ms',
        '<=',
        300,
        teamLists.length === 0 ? null : Math.round(percentile(teamLists, 95)),
        `${teamLists.length} visits opened: the person's team, who is free and the effect of each, through dispatch`,
      ),
      benchRow(
        'rota_app.sickness_report_ms',
        'ms',
        '<=',
        250,
        sicknessMs === null ? null : Math.round(sicknessMs),
        `one worker off for a day (${affected} visits), absence recorded + cover proposed, through dispatch`,
      ),
    ];
  } finally {
    await tb.close();
  }
}
