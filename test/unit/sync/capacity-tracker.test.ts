import { describe, expect, it } from 'vitest';
import { buildMonthlySummary, buildWeeklySummary } from '@shared/domain/sync/build-summary';
import { capacityTrackerAnswers } from '@shared/domain/sync/capacity-tracker';
import { readSummary } from '@shared/domain/sync/summary-words';
import { seededRandom } from '@main/platform/random';
import { envelopeFor, randomMonthFigures, randomWeekFigures } from '@test/fixtures/sync/random-figures';

const SUMMARY_ID = '019ae3c0-0000-7000-8000-000000000001';

// A commissioner reconciles a monthly summary with the branch's Capacity Tracker return from the answers it gives:
// each one is the true figure whenever it is given, and not given whenever a figure it needs was held back.
describe('the monthly summary lined up with the Capacity Tracker', () => {
  it('gives each workforce answer as the true figure, or none, over 300 random branches', () => {
    let answered = 0;
    let unanswered = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const random = seededRandom(seed);
      const figures = randomMonthFigures(random, random.int(0, 80));
      const summary = buildMonthlySummary(envelopeFor({ summaryId: SUMMARY_ID }), figures);
      const w = figures.workforce;
      const headcount = Object.values(w.byRoleGroup).reduce((a, b) => a + b, 0);
      const agencyOrBank = w.byContractType.bank + w.byContractType.agency;
      const truth = [
        headcount - agencyOrBank,
        agencyOrBank,
        w.byRoleGroup.care_providing,
        headcount - w.byRoleGroup.care_providing,
        figures.pay.sickDays,
        w.vacancies,
      ];
      const answers = capacityTrackerAnswers(summary).map((a) => a.answer);
      answers.forEach((answer, i) => {
        if (answer === null) unanswered += 1;
        else {
          answered += 1;
          expect(answer, `seed ${seed}, answer ${i}`).toBe(truth[i]);
        }
      });
    }
    // Random branches of every size: both kinds of outcome really happen.
    expect(answered).toBeGreaterThan(300);
    expect(unanswered).toBeGreaterThan(30);
  });

  it('reads the answers in plain words under their own heading, and has none for a weekly summary', () => {
    const random = seededRandom(7);
    const month = buildMonthlySummary(envelopeFor({ summaryId: SUMMARY_ID }), randomMonthFigures(random, 60));
    const section = readSummary(month).lines.find((s) => s.heading === 'Lined up with the Capacity Tracker');
    expect(section?.lines).toHaveLength(6);
    const answer = /^Total headcount of directly employed staff: (\d+|not sent \(too few to count safely\)) \(from /;
    expect(section?.lines[0]).toMatch(answer);
    const week = buildWeeklySummary(
      envelopeFor({ summaryId: SUMMARY_ID, period: { kind: 'week', start: '2026-11-30', end: '2026-12-06' } }),
      randomWeekFigures(random, 20),
    );
    expect(capacityTrackerAnswers(week)).toEqual([]);
  });
});
