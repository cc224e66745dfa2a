import { describe, expect, it } from 'vitest';
import { memberFitWords, type MemberFitFacts } from '@shared/domain/rota-board/member-fit';

const facts = (over: Partial<MemberFitFacts> = {}): MemberFitFacts => ({
  travelMinutes: 0,
  splitShifts: 0,
  weekMinutes: 1200,
  guaranteedMinutes: 1200,
  visitsToPerson: 0,
  preferred: false,
  ...over,
});

describe('what taking a visit does to a team member’s week, in words', () => {
  it('says the travel and continuity first, as a coordinator would', () => {
    expect(memberFitWords(facts({ travelMinutes: 12, visitsToPerson: 2 }))).toMatch(
      /^adds 12 minutes’ travel; already sees this person twice this week; /,
    );
    expect(memberFitWords(facts({ travelMinutes: 1, visitsToPerson: 1 }))).toMatch(
      /^adds 1 minute’s travel; already sees this person once this week/,
    );
    expect(memberFitWords(facts({ travelMinutes: -5, visitsToPerson: 4 }))).toMatch(
      /^saves 5 minutes’ travel; already sees this person 4 times this week/,
    );
    expect(memberFitWords(facts())).toMatch(/^no extra travel; does not see this person otherwise this week/);
  });

  it('names a preferred worker, a split or joined shift, and hours against the guarantee', () => {
    expect(memberFitWords(facts({ preferred: true, splitShifts: 1, weekMinutes: 900 }))).toBe(
      'no extra travel; does not see this person otherwise this week; one of the person’s preferred workers; ' +
        'splits their day into another shift; 15 h this week, 5 h below their guaranteed hours',
    );
    expect(memberFitWords(facts({ splitShifts: -1, weekMinutes: 1290 }))).toContain(
      'joins up two shifts of their day; 21 h 30 min this week, 1 h 30 min above their guaranteed hours',
    );
    expect(memberFitWords(facts({ guaranteedMinutes: 0, weekMinutes: 90 }))).toMatch(/; 1 h 30 min this week$/);
  });
});
