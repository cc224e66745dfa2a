import { describe, expect, it } from 'vitest';
import type { AuditVerification, CouncilHeadCheck } from '@shared/domain/audit/audit';
import { describeVerification } from '@renderer/features/audit/verification-words';

const IN_ORDER: AuditVerification = {
  ok: true,
  entries: 120,
  firstBrokenSeq: null,
  problem: null,
  sealedFromSeq: 1,
  witnessedSeq: 120,
  witnessRestartedAtSeq: null,
  checkedHead: null,
  council: null,
};
const council = (check: Partial<CouncilHeadCheck>): CouncilHeadCheck => ({
  state: 'matches',
  seq: null,
  builtAt: null,
  message: null,
  headsHeld: 1,
  ...check,
});

// The manager reads the check against the council's copy in plain words: a match names the summary's date, a
// mismatch is shown as tampering even when the log is in order here, and a council that cannot be asked says why.
describe('the audit check against the council’s copy, in words', () => {
  it('says which entry matches the council’s copy and from when', () => {
    const words = describeVerification({
      ...IN_ORDER,
      council: council({ state: 'matches', seq: 97, builtAt: '2026-11-23T09:00:00.000Z' }),
    });
    expect(words.tone).toBe('success');
    expect(words.body).toContain(
      'Entry #97 matches the one the council keeps from the summary built on Mon 23 Nov 2026, 09:00: ' +
        'the log has not been rewritten since.',
    );
  });

  it('says every head the council keeps was found, when it keeps more than one', () => {
    const words = describeVerification({
      ...IN_ORDER,
      council: council({ state: 'matches', seq: 97, builtAt: '2026-11-23T09:00:00.000Z', headsHeld: 12 }),
    });
    expect(words.body).toContain(
      "The log holds, unchanged, each of the 12 entries the council keeps from this branch's summaries; the latest " +
        'is entry #97, from the summary built on Mon 23 Nov 2026, 09:00: the log has not been rewritten since the ' +
        'first of them was sent.',
    );
  });

  it('shows a mismatch plainly as tampering', () => {
    const words = describeVerification({
      ...IN_ORDER,
      ok: false,
      problem: 'council_mismatch',
      council: council({ state: 'mismatch', builtAt: '2026-11-23T09:00:00.000Z' }),
    });
    expect(words).toEqual({
      tone: 'error',
      title: 'The audit log has been tampered with.',
      body: [
        'The log does not hold the entry the council keeps from the summary built on Mon 23 Nov 2026, 09:00: ' +
          'the log was rewritten after that summary was sent, even though it is in order here.',
        'Tell your registered manager and keep a copy of this store as it is.',
      ],
    });
  });

  it('says when the council holds nothing yet or could not be asked, without calling the log tampered with', () => {
    const none = describeVerification({ ...IN_ORDER, council: council({ state: 'none_held' }) });
    expect(none.tone).toBe('success');
    expect(none.body).toContain(
      'The council holds no summary from this branch yet, so there is nothing of the log to check there.',
    );
    const away = describeVerification({
      ...IN_ORDER,
      council: council({ state: 'unavailable', message: 'The council could not be reached.' }),
    });
    expect(away.body).toContain('The council’s copy could not be checked: The council could not be reached.');
  });
});
