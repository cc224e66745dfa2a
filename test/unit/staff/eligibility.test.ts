import { describe, expect, it } from 'vitest';
import {
  ineligibilityOn,
  ineligibilityOnVisit,
  ineligibleDates,
  type WorkerEligibility,
} from '@shared/domain/staff/eligibility';
import { CLEARED_ELIGIBILITY as CLEARED } from '@test/fixtures/rota/cleared-eligibility';

const reason = (facts: Partial<WorkerEligibility>, date: string) =>
  ineligibilityOn({ ...CLEARED, ...facts }, date)?.reason ?? null;

describe('who may work, and when', () => {
  it('lets a cleared worker work from their start date, not the day before', () => {
    expect(reason({}, '2024-01-08')).toBeNull();
    expect(reason({}, '2024-01-07')).toBe('starts work on Mon 8 Jan 2024');
  });

  it('lets a leaver work on their leaving date itself and not after', () => {
    expect(reason({ leavingDate: '2026-12-01' }, '2026-12-01')).toBeNull();
    expect(reason({ leavingDate: '2026-12-01' }, '2026-12-02')).toBe('left on Tue 1 Dec 2026');
  });

  it('lets a time-limited permission count on its expiry day itself and names the expiry after it', () => {
    expect(reason({ rtwExpiry: '2026-11-26' }, '2026-11-26')).toBeNull();
    expect(reason({ rtwExpiry: '2026-11-26' }, '2026-11-27')).toBe('right to work expired Thu 26 Nov 2026');
    expect(reason({ rtwExpiry: '2026-11-26' }, '2026-12-07')).toBe('right to work expired Thu 26 Nov 2026');
  });

  it('needs an enhanced DBS with the adults’ barred list, issued by the day, not overdue for its recheck', () => {
    expect(reason({ hasDbs: false, dbsIssueDate: null }, '2026-12-07')).toBe('no enhanced DBS check on record');
    expect(reason({ startDate: '2026-12-01', dbsIssueDate: '2026-12-09' }, '2026-12-08')).toBe(
      'enhanced DBS not issued until Wed 9 Dec 2026',
    );
    expect(reason({ dbsBarredListChecked: false }, '2026-12-07')).toBe(
      'DBS check did not include the adults’ barred list',
    );
    expect(reason({ dbsRecheckDue: '2026-12-07' }, '2026-12-07')).toBeNull();
    expect(reason({ dbsRecheckDue: '2026-12-07' }, '2026-12-08')).toBe('DBS recheck was due Mon 7 Dec 2026');
    expect(reason({ dbsRecheckDue: '2026-12-07', dbsUpdateService: true }, '2026-12-08')).toBe(
      'DBS Update Service check was due Mon 7 Dec 2026',
    );
  });

  it('keeps a suspended worker off for the suspension, its first and last days included', () => {
    const closed = { suspendedFrom: '2026-12-08', suspendedUntil: '2026-12-10' };
    expect(reason(closed, '2026-12-07')).toBeNull();
    expect(reason(closed, '2026-12-08')).toBe('suspended until Thu 10 Dec 2026');
    expect(reason(closed, '2026-12-10')).toBe('suspended until Thu 10 Dec 2026');
    expect(reason(closed, '2026-12-11')).toBeNull();
    expect(reason({ suspendedFrom: '2026-12-08' }, '2027-03-01')).toBe('suspended since Tue 8 Dec 2026');
  });

  it('lists the dates of a week a worker may not work, each with its reason', () => {
    const week = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13'];
    const blocked = ineligibleDates({ ...CLEARED, rtwExpiry: '2026-12-09', leavingDate: '2026-12-11' }, week);
    expect([...blocked.keys()]).toEqual(['2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']);
    expect(blocked.get('2026-12-12')?.code).toBe('left');
    expect(blocked.get('2026-12-10')?.reason).toBe('right to work expired Wed 9 Dec 2026');
  });

  describe('starting while a DBS check is pending, by the branch’s policy', () => {
    const pending = { startDate: '2026-12-01', hasDbs: false, dbsIssueDate: null, dbsAppliedOn: '2026-11-20' };

    it('is not allowed by default, and the reason says the check is pending and the policy', () => {
      expect(reason(pending, '2026-12-07')).toBe(
        'DBS check pending (applied for Fri 20 Nov 2026): the branch does not allow starting before it is back',
      );
      // Not applied for at all is still "no DBS", whatever the policy.
      expect(reason({ ...pending, dbsAppliedOn: null, dbsPendingPolicy: 'allowed' }, '2026-12-07')).toBe(
        'no enhanced DBS check on record',
      );
    });

    it('lets the worker work on their own when the policy allows it', () => {
      expect(reason({ ...pending, dbsPendingPolicy: 'allowed' }, '2026-12-07')).toBeNull();
    });

    it('lets the worker work only on a visit shared with a colleague who may work that day', () => {
      const worker: WorkerEligibility = { ...CLEARED, ...pending, dbsPendingPolicy: 'alongside_colleague' };
      expect(ineligibilityOn(worker, '2026-12-07')?.reason).toBe(
        'DBS check pending (applied for Fri 20 Nov 2026): may work only alongside a colleague',
      );
      expect(ineligibilityOnVisit(worker, '2026-12-07', [CLEARED])).toBeNull();
      // Alone, or alongside another worker whose check is pending too, they may not.
      expect(ineligibilityOnVisit(worker, '2026-12-07', [])?.code).toBe('dbs_pending');
      expect(ineligibilityOnVisit(worker, '2026-12-07', [worker])?.code).toBe('dbs_pending');
      // A colleague does not lift any other reason.
      expect(ineligibilityOnVisit({ ...worker, leavingDate: '2026-12-04' }, '2026-12-07', [CLEARED])?.code).toBe(
        'left',
      );
    });
  });
});
