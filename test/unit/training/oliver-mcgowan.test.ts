import { describe, expect, it } from 'vitest';
import { givesFaceToFaceCare, withTier2ForCare } from '@shared/domain/training/oliver-mcgowan';

const CARE_WORKER = 8;
const ADMINISTRATIVE = 25;
const NURSE = 16;
// Course ids by ASC-WDS category: e-learning (41), Tier 1 (42), Tier 2 (43).
const CATEGORIES = new Map([
  ['omt-e', 41],
  ['omt-1', 42],
  ['omt-2', 43],
]);
// The usual requirement: the e-learning, and Tier 1 or Tier 2.
const REQUIRED = new Map([
  ['omt-e', 'omt-e'],
  ['omt-1', 'part 2'],
  ['omt-2', 'part 2'],
  ['safeguarding', 'safeguarding'],
]);

describe('Oliver McGowan: Tier 2 for anyone who gives face-to-face care', () => {
  it('knows who gives face-to-face care', () => {
    expect([CARE_WORKER, NURSE, 7, 52].every(givesFaceToFaceCare)).toBe(true);
    expect([ADMINISTRATIVE, 4, 46].some(givesFaceToFaceCare)).toBe(false);
  });

  it('takes Tier 1 out of a care worker’s "one of" group, leaving Tier 2 as the one that counts', () => {
    expect([...withTier2ForCare(REQUIRED, CARE_WORKER, CATEGORIES)]).toEqual([
      ['omt-e', 'omt-e'],
      ['omt-2', 'part 2'],
      ['safeguarding', 'safeguarding'],
    ]);
  });

  it('puts Tier 2 in place of a Tier 1 required on its own for a care worker', () => {
    const tier1Only = new Map([['omt-1', 'omt-1']]);
    expect([...withTier2ForCare(tier1Only, CARE_WORKER, CATEGORIES)]).toEqual([['omt-2', 'omt-1']]);
  });

  it('leaves Tier 1 or Tier 2 to someone who does not give care, and the rule alone with no Tier 2 course', () => {
    expect(withTier2ForCare(REQUIRED, ADMINISTRATIVE, CATEGORIES)).toEqual(REQUIRED);
    const noTier2 = new Map([...CATEGORIES].filter(([, c]) => c !== 43));
    expect(withTier2ForCare(REQUIRED, CARE_WORKER, noTier2)).toEqual(REQUIRED);
  });
});
