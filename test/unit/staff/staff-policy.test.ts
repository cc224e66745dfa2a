import { describe, expect, it } from 'vitest';
import { benchmarkOn, floorOn, type PayPolicyValue } from '@shared/domain/policy/pay-policy';
import { complianceLines, type ComplianceFacts } from '@shared/domain/staff/compliance';
import { NiNumber, Postcode, checkSensitive, EMPTY_SENSITIVE } from '@shared/domain/staff/profile';
import { ageOn } from '@shared/domain/time/calendar';

const values: Pick<PayPolicyValue, 'benchmark' | 'effectiveFrom' | 'pencePerHour'>[] = [
  { benchmark: 'band3_equivalent', effectiveFrom: '2025-04-01', pencePerHour: 1275 },
  { benchmark: 'national_living_wage', effectiveFrom: '2025-04-01', pencePerHour: 1221 },
  { benchmark: 'national_living_wage', effectiveFrom: '2026-04-01', pencePerHour: 1271 },
];

describe('pay policy', () => {
  it('finds the value in force on a date', () => {
    expect(benchmarkOn(values, 'national_living_wage', '2026-03-31')).toBe(1221);
    expect(benchmarkOn(values, 'national_living_wage', '2026-04-01')).toBe(1271);
    expect(benchmarkOn(values, 'national_living_wage', '2025-03-31')).toBeNull();
  });
  it('takes the higher of the contractual floor and the NLW', () => {
    expect(floorOn(values, { contractualFloor: 'band3_equivalent' }, '2026-11-23').pencePerHour).toBe(1275);
    const withRise = [
      ...values,
      { benchmark: 'national_living_wage' as const, effectiveFrom: '2027-04-01', pencePerHour: 1310 },
    ];
    expect(floorOn(withRise, { contractualFloor: 'band3_equivalent' }, '2027-04-01')).toMatchObject({
      pencePerHour: 1310,
      source: 'national_living_wage',
    });
  });
});

describe('pay floor by age and Living Wage commitment', () => {
  const all = [
    ...values,
    { benchmark: 'national_minimum_wage_18_20' as const, effectiveFrom: '2026-04-01', pencePerHour: 1085 },
    { benchmark: 'national_minimum_wage_under_18' as const, effectiveFrom: '2026-04-01', pencePerHour: 800 },
    { benchmark: 'london_living_wage' as const, effectiveFrom: '2026-05-01', pencePerHour: 1480 },
    { benchmark: 'real_living_wage' as const, effectiveFrom: '2026-05-01', pencePerHour: 1345 },
  ];
  const statutoryOnly = { contractualFloor: 'national_minimum_wage_under_18' as const };
  it('uses the statutory minimum for the worker’s age when no higher floor applies', () => {
    expect(floorOn(all, statutoryOnly, '2026-11-23', 19)).toMatchObject({
      pencePerHour: 1085,
      source: 'national_minimum_wage_18_20',
    });
    expect(floorOn(all, statutoryOnly, '2026-11-23', 17).pencePerHour).toBe(800);
    expect(floorOn(all, statutoryOnly, '2026-11-23', 21).pencePerHour).toBe(1271);
    expect(floorOn(all, statutoryOnly, '2026-11-23', null).pencePerHour).toBe(1271);
  });
  it('adds the Living Wage only where the branch commits, from its implementation date', () => {
    const band3 = { contractualFloor: 'band3_equivalent' as const, inLondon: true };
    expect(floorOn(all, band3, '2026-11-23').pencePerHour).toBe(1275);
    expect(floorOn(all, { ...band3, livingWageCommitted: true }, '2026-04-30').pencePerHour).toBe(1275);
    expect(floorOn(all, { ...band3, livingWageCommitted: true }, '2026-05-01')).toMatchObject({
      pencePerHour: 1480,
      source: 'london_living_wage',
    });
    expect(floorOn(all, { ...band3, inLondon: false, livingWageCommitted: true }, '2026-05-01').pencePerHour).toBe(
      1345,
    );
  });
});

describe('field rules', () => {
  it('normalises postcodes and NI numbers and refuses malformed ones', () => {
    expect(Postcode.parse(' se6  4ru ')).toBe('SE6 4RU');
    expect(Postcode.safeParse('SE6').success).toBe(false);
    expect(NiNumber.parse('ab 12 34 56 c')).toBe('AB123456C');
    expect(NiNumber.safeParse('AB123456E').success).toBe(false);
    expect(NiNumber.safeParse('DA123456A').success).toBe(false);
  });
  it('computes age and refuses under 16 and a DBS issued in the future', () => {
    expect(ageOn('2010-11-24', '2026-11-23')).toBe(15);
    expect(ageOn('2010-11-23', '2026-11-23')).toBe(16);
    // Born on 29 February: a year older on 1 March in other years, as in law.
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    const problems = checkSensitive(
      {
        ...EMPTY_SENSITIVE,
        dateOfBirth: '2011-01-01',
        dbsIssueDate: '2027-01-01',
        dbsCertificateNumber: '001234567890',
      },
      '2026-11-23',
      null,
    );
    expect(problems.map((p) => p.path).sort()).toEqual(['dateOfBirth', 'dbsIssueDate']);
  });
});

describe('compliance rules', () => {
  const base = {
    id: 'a',
    name: 'A B',
    reference: 'R1',
    currentPence: 1300,
    hasDbs: true,
    dbsAppliedOn: null,
    dbsRecheckDue: '2028-01-01',
    dbsUpdateService: false,
    rtwExpiry: null,
    rtwFollowUp: null,
    referencesReceived: 2,
    supervisionDue: null,
    appraisalDue: null,
    drives: false,
    licenceCheckedOn: null,
    insuranceExpiry: null,
    zeroHours: false,
    occupationalSickPay: true,
  };
  const settings = {
    rtwWarningDays: 60,
    dbsWarningDays: 30,
    referencesRequired: 2,
    dbsPendingPolicy: 'not_allowed' as const,
  };
  it('finds nothing for a clean record', () => {
    expect(complianceLines([base], 1275, settings, '2026-11-23')).toEqual([]);
  });
  it('flags each rule at its boundary', () => {
    const lines = complianceLines(
      [
        {
          ...base,
          currentPence: 1274,
          dbsRecheckDue: '2026-12-23',
          rtwExpiry: '2027-01-22',
          referencesReceived: 1,
          zeroHours: true,
          occupationalSickPay: false,
        },
      ],
      1275,
      settings,
      '2026-11-23',
    );
    expect(lines.map((l) => l.kind)).toEqual([
      'below_pay_floor',
      'dbs',
      'right_to_work',
      'references',
      'zero_hours',
      'sick_pay',
    ]);
    expect(
      complianceLines(
        [{ ...base, rtwExpiry: '2027-01-23', dbsRecheckDue: '2026-12-24' }],
        1275,
        settings,
        '2026-11-23',
      ),
    ).toEqual([]);
    expect(complianceLines([{ ...base, rtwExpiry: '2026-11-22' }], 1275, settings, '2026-11-23')[0]).toMatchObject({
      severity: 'overdue',
    });
  });

  it('alerts before it bites: follow-up checks, supervision, appraisal, drivers’ licence and insurance', () => {
    const today = '2026-11-23';
    const kinds = (facts: Partial<ComplianceFacts>) =>
      complianceLines([{ ...base, ...facts }], 1275, settings, today).map((l) => `${l.kind}: ${l.detail}`);
    // The follow-up check is due within the right-to-work warning window, while the expiry itself is further off.
    expect(kinds({ rtwExpiry: '2027-06-01', rtwFollowUp: '2027-01-22' })).toEqual([
      'right_to_work: Follow-up check due Fri 22 Jan 2027 (permission runs to Tue 1 Jun 2027)',
    ]);
    expect(kinds({ rtwExpiry: '2027-06-01', rtwFollowUp: '2027-01-23' })).toEqual([]);
    // Supervision and appraisal: due today is not yet overdue; yesterday is.
    expect(kinds({ supervisionDue: today, appraisalDue: today })).toEqual([]);
    expect(kinds({ supervisionDue: '2026-11-22', appraisalDue: '2026-11-20' })).toEqual([
      'supervision: Supervision overdue since Sun 22 Nov 2026',
      'appraisal: Appraisal overdue since Fri 20 Nov 2026',
    ]);
    // Only drivers need a licence check (yearly) and business insurance.
    expect(kinds({ licenceCheckedOn: null, insuranceExpiry: null })).toEqual([]);
    const driver = { drives: true, licenceCheckedOn: '2025-11-23', insuranceExpiry: '2026-12-24' };
    expect(kinds(driver)).toEqual([]);
    expect(kinds({ ...driver, licenceCheckedOn: '2025-11-22', insuranceExpiry: '2026-12-23' })).toEqual([
      'driving: Driving licence last checked Sat 22 Nov 2025',
      'driving: Business-use insurance expires Wed 23 Dec 2026',
    ]);
    expect(kinds({ drives: true })).toEqual([
      'driving: Drives for work; driving licence never checked',
      'driving: Drives for work; no business-use insurance on record',
    ]);
    expect(kinds({ dbsRecheckDue: '2026-12-01', dbsUpdateService: true })).toEqual([
      'dbs: Update Service check due Tue 1 Dec 2026',
    ]);
  });

  it('tells a DBS check applied for from none, and says what the branch’s pending-DBS policy allows meanwhile', () => {
    const today = '2026-11-23';
    const pending: ComplianceFacts = { ...base, hasDbs: false, dbsRecheckDue: null, dbsAppliedOn: '2026-11-16' };
    const line = (policy: 'not_allowed' | 'alongside_colleague' | 'allowed', facts = pending) =>
      complianceLines([facts], 1275, { ...settings, dbsPendingPolicy: policy }, today).map((l) => ({
        detail: l.detail,
        severity: l.severity,
      }));
    expect(line('not_allowed')).toEqual([
      {
        detail: 'DBS check pending (applied for Mon 16 Nov 2026): the branch does not allow starting before it is back',
        severity: 'overdue',
      },
    ]);
    expect(line('alongside_colleague')).toEqual([
      {
        detail: 'DBS check pending (applied for Mon 16 Nov 2026): may work only alongside a colleague',
        severity: 'due',
      },
    ]);
    expect(line('allowed')[0]?.detail).toBe(
      'DBS check pending (applied for Mon 16 Nov 2026): the branch allows working alone until it is back',
    );
    // Not applied for, or a date still to come, is no check at all, whatever the policy.
    const none = { detail: 'No enhanced DBS check on record', severity: 'overdue' };
    expect(line('allowed', { ...pending, dbsAppliedOn: null })).toEqual([none]);
    expect(line('allowed', { ...pending, dbsAppliedOn: '2026-11-24' })).toEqual([none]);
  });
});
