// The independent validator: it reads only the instance and the plan, and recomputes every
// hard rule from scratch. It deliberately shares nothing with the planner's search or bookkeeping.
import { BREACH_MESSAGE, BREACH_RULE, type Breach, type BreachCode } from '@shared/domain/rota/breach';
import type { RotaInstance, RotaWorker } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import { elapsedMinute, weekLengthMinutes } from '@shared/domain/rota/time';
import { recordedTravelMap, travelMinutes } from '@shared/domain/rota/travel';
import { formatDate, formatDurationInWords as inWords, formatMinute } from '@shared/domain/time/format';
import { skillLabel } from '@shared/domain/rota-board/next-steps';
import { availableFor } from '@shared/domain/rota/availability';
import { ineligibilityOnVisit } from '@shared/domain/staff/eligibility';

interface Busy {
  start: number;
  end: number;
  clientId: string | null;
  visitId: string | null;
  day: number;
}

function breach(
  code: BreachCode,
  visitId: string | null,
  workerId: string | null,
  date: string | null,
  detail?: string,
): Breach {
  return {
    code,
    rule: BREACH_RULE[code],
    visitId,
    workerId,
    date,
    message: detail === undefined ? BREACH_MESSAGE[code] : `${BREACH_MESSAGE[code]} (${detail})`,
  };
}

function holdsSkill(worker: RotaWorker, skill: string, date: string): boolean {
  return worker.skills.some(
    (h) =>
      h.skill === skill &&
      (h.validFrom === null || h.validFrom <= date) &&
      (h.validUntil === null || h.validUntil >= date),
  );
}

/** "1 worker", "2 workers". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function hm(elapsedOrMinute: number): string {
  return formatMinute(((elapsedOrMinute % 1440) + 1440) % 1440);
}

/** List every hard-rule breach of a plan, recomputed from the instance and the plan alone. */
export function validatePlan(instance: RotaInstance, plan: RotaPlan): Breach[] {
  const out: Breach[] = [];
  const s = instance.settings;
  const visits = new Map(instance.visits.map((v) => [v.id, v]));
  const workers = new Map(instance.workers.map((w) => [w.id, w]));
  const clients = new Map(instance.clients.map((c) => [c.id, c]));
  const dayOf = new Map(instance.days.map((d, i) => [d.date, i]));
  const recorded = recordedTravelMap(instance.recordedTravel);
  const busy = new Map<string, Busy[]>();
  const seen = new Map<string, RotaPlan['assignments'][number]>();

  for (const a of plan.assignments) {
    const v = visits.get(a.visitId);
    if (v === undefined) {
      out.push(breach('unknown_reference', a.visitId, null, null, 'unknown visit'));
      continue;
    }
    if (seen.has(v.id)) {
      out.push(breach('unknown_reference', v.id, null, v.date, 'visit assigned twice'));
      continue;
    }
    seen.set(v.id, a);
    const day = dayOf.get(v.date) ?? 0;
    if (new Set(a.workerIds).size !== a.workerIds.length || a.workerIds.length !== v.workersNeeded) {
      out.push(
        breach('double_up', v.id, null, v.date, `${count(a.workerIds.length, 'worker')}, ${v.workersNeeded} needed`),
      );
    }
    if (Math.abs(a.startMinute - v.startMinute) > v.flexMinutes || a.startMinute + v.durationMinutes > 1440) {
      out.push(breach('outside_flexibility', v.id, null, v.date, `starts ${hm(a.startMinute)}`));
    }
    if (v.durationMinutes < s.minVisitMinutes && !v.agreedShortVisit)
      out.push(breach('short_visit', v.id, null, v.date, `it lasts ${inWords(v.durationMinutes)}`));
    const team = clients.get(v.clientId)?.teamWorkerIds ?? [];
    for (const wid of a.workerIds) {
      const w = workers.get(wid);
      if (w === undefined) {
        out.push(breach('unknown_reference', v.id, wid, v.date, 'unknown worker'));
        continue;
      }
      // Rule 1, with its one exception: a worker outside the team the person consented to for this very visit.
      if (!team.includes(wid) && !(v.outsideTeamWorkerIds ?? []).includes(wid))
        out.push(breach('not_in_team', v.id, wid, v.date));
      const end = a.startMinute + v.durationMinutes;
      const windows = w.availability.filter((x) => x.date === v.date).map((x) => [x.startMinute, x.endMinute] as const);
      const colleagues = a.workerIds.filter((other) => other !== wid).map((other) => workers.get(other)?.eligibility);
      const ineligible = w.eligibility === undefined ? null : ineligibilityOnVisit(w.eligibility, v.date, colleagues);
      // The reason a worker may not work that day says more than "not available", so it replaces it.
      if (ineligible !== null) out.push(breach('ineligible', v.id, wid, v.date, ineligible.reason));
      else if (!availableFor(windows, a.startMinute, end)) {
        out.push(breach('unavailable', v.id, wid, v.date, `${hm(a.startMinute)}-${hm(end)}`));
      }
      for (const sk of v.requiredSkills)
        if (!holdsSkill(w, sk, v.date)) out.push(breach('skill_missing', v.id, wid, v.date, skillLabel(sk)));
      const startE = elapsedMinute(instance.days, day, a.startMinute);
      const list = busy.get(wid) ?? [];
      list.push({ start: startE, end: startE + v.durationMinutes, clientId: v.clientId, visitId: v.id, day });
      busy.set(wid, list);
    }
  }

  for (const p of instance.pins) {
    const a = seen.get(p.visitId);
    const same =
      a !== undefined &&
      a.startMinute === p.startMinute &&
      a.workerIds.length === p.workerIds.length &&
      p.workerIds.every((w) => a.workerIds.includes(w));
    if (!same) out.push(breach('pin_moved', p.visitId, p.workerIds[0] ?? null, visits.get(p.visitId)?.date ?? null));
  }

  for (const w of instance.workers) {
    const list = busy.get(w.id) ?? [];
    for (const c of w.commitments) {
      const day = dayOf.get(c.date);
      if (day === undefined) continue;
      list.push({
        start: elapsedMinute(instance.days, day, c.startMinute),
        end: elapsedMinute(instance.days, day, c.endMinute),
        clientId: null,
        visitId: null,
        day,
      });
    }
    if (list.length === 0) continue;
    out.push(...checkWorker(instance, w, list, clients, recorded));
  }
  return out;
}

function checkWorker(
  instance: RotaInstance,
  w: RotaWorker,
  list: Busy[],
  clients: ReadonlyMap<string, RotaInstance['clients'][number]>,
  recorded: ReadonlyMap<string, number>,
): Breach[] {
  const s = instance.settings;
  const out: Breach[] = [];
  const date = (d: number): string | null => instance.days[d]?.date ?? null;
  const travel = (a: Busy, b: Busy): number => {
    if (a.clientId === null || b.clientId === null) return 0;
    const ca = clients.get(a.clientId);
    const cb = clients.get(b.clientId);
    if (ca === undefined || cb === undefined) return 0;
    return travelMinutes(
      s,
      { id: ca.id, point: ca.location },
      { id: cb.id, point: cb.location },
      w.travelMode,
      recorded,
    );
  };
  const breakAfter = w.under18 ? s.breakAfterMinutesUnder18 : s.breakAfterMinutes;
  const breakLen = w.under18 ? s.breakMinutesUnder18 : s.breakMinutes;
  const rest = w.under18 ? s.dailyRestMinutesUnder18 : s.dailyRestMinutes;
  let weekWork = 0;
  const spans: { start: number; end: number; day: number }[] = [];

  for (let d = 0; d < 7; d++) {
    const items = list.filter((b) => b.day === d).sort((a, b) => a.start - b.start || a.end - b.end);
    if (items.length === 0) continue;
    let work = 0;
    let stretchStart = (items[0] as Busy).start;
    let segStart = stretchStart;
    let latest = items[0] as Busy;
    let spanEnd = latest.end;
    let breakReported = false;
    const reportBreak = (b: Busy): void => {
      if (breakReported) return;
      breakReported = true;
      out.push(
        breach(
          'wtr_break',
          b.visitId,
          w.id,
          date(d),
          `over ${inWords(breakAfter)} without a break of ${inWords(breakLen)}`,
        ),
      );
    };
    if (latest.end - segStart > breakAfter) reportBreak(latest);
    for (let i = 1; i < items.length; i++) {
      const b = items[i] as Busy;
      const t = travel(latest, b);
      const idle = b.start - latest.end - t;
      if (idle < 0) {
        out.push(
          breach(
            'overlap',
            b.visitId ?? latest.visitId,
            w.id,
            date(d),
            `${hm(b.start)} starts before ${hm(latest.end)} + ${t} min travel`,
          ),
        );
      }
      if (idle > s.stretchGapMinutes) {
        work += latest.end - stretchStart + t;
        stretchStart = b.start;
        segStart = b.start;
      } else if (idle >= breakLen) {
        segStart = b.start;
      }
      if (b.end >= latest.end) latest = b;
      spanEnd = Math.max(spanEnd, b.end);
      if (latest.end - segStart > breakAfter) reportBreak(b);
    }
    work += latest.end - stretchStart;
    if (w.under18 && work > s.dailyCapMinutesUnder18)
      out.push(breach('wtr_daily_cap_under18', null, w.id, date(d), `${inWords(work)} worked`));
    weekWork += work;
    spans.push({ start: (items[0] as Busy).start, end: spanEnd, day: d });
  }

  const cap = Math.min(
    w.maxWeeklyMinutes,
    w.under18 ? s.weeklyCapMinutesUnder18 : w.wtrOptOut ? Number.POSITIVE_INFINITY : s.weeklyCapMinutes,
  );
  if (weekWork > cap)
    out.push(
      breach('wtr_weekly_cap', null, w.id, null, `${inWords(weekWork)} worked, where the most is ${inWords(cap)}`),
    );

  // Daily rest between consecutive working days, including last week's final block.
  const prior = [...w.priorWork].sort((a, b) => a.endElapsed - b.endElapsed);
  const lastPrior = prior[prior.length - 1];
  let prevEnd = lastPrior === undefined ? null : { end: lastPrior.endElapsed, day: -1 };
  for (const sp of spans) {
    if (prevEnd !== null && prevEnd.day === sp.day - 1 && sp.start - prevEnd.end < rest) {
      const words = `a rest of ${inWords(sp.start - prevEnd.end)}, where the least is ${inWords(rest)}`;
      out.push(breach('wtr_daily_rest', null, w.id, date(sp.day), words));
    }
    prevEnd = { end: sp.end, day: sp.day };
  }

  // 24 hours off in every 7 consecutive days that touch this week.
  const blocks = [...w.priorWork.map((p) => ({ start: p.startElapsed, end: p.endElapsed })), ...spans];
  const weekEnd = weekLengthMinutes(instance.days);
  for (let ws = -6; ws <= 0; ws++) {
    const w0 = ws * 1440;
    const w1 = ws === 0 ? weekEnd : elapsedMinute(instance.days, ws + 7, 0);
    const inside = blocks
      .filter((b) => b.end > w0 && b.start < w1)
      .map((b) => [Math.max(w0, b.start), Math.min(w1, b.end)] as const)
      .sort((a, b) => a[0] - b[0]);
    let longest = 0;
    let cursor = w0;
    for (const [a, b] of inside) {
      longest = Math.max(longest, a - cursor);
      cursor = Math.max(cursor, b);
    }
    longest = Math.max(longest, w1 - cursor);
    if (longest < s.weeklyRestMinutes) {
      out.push(
        breach(
          'wtr_weekly_rest',
          null,
          w.id,
          date(ws + 6),
          `in the 7 days from ${ws === 0 ? formatDate(date(0) ?? '') : `${count(-ws, 'day')} before the week`}, ` +
            `the longest rest is ${inWords(longest)}`,
        ),
      );
      break;
    }
  }
  return out;
}
