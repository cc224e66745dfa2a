import { describe, expect, it } from 'vitest';
import { CONTRACT_TYPES, CWP_CATEGORIES, ETHNICITIES } from '@shared/domain/staff/codes';
import { JOB_ROLES } from '@shared/domain/staff/job-roles';
import {
  ageBandOf,
  contractTypeOf,
  disabilityGroupOf,
  ethnicGroupOf,
  pathwayCategoryOf,
  roleGroupOf,
  sexGroupOf,
} from '@shared/domain/sync/workforce-groups';

// Each staff-file code lands in the group the ASC-WDS guidance puts it in, so a monthly summary adds up as the
// branch's ASC-WDS staff file would.
describe('the summary’s groups from the staff file’s codes', () => {
  it('puts every ethnicity the staff file offers in the ONS group its label names', () => {
    const expected: Record<string, string> = {
      White: 'white',
      Mixed: 'mixed',
      'Asian or Asian British': 'asian',
      'Black or Black British': 'black',
      'Other ethnic group': 'other',
      'Any other ethnic group': 'other',
    };
    for (const e of ETHNICITIES) {
      const prefix = Object.keys(expected).find((p) => e.label.startsWith(p));
      expect(ethnicGroupOf(e.code), e.label).toBe(prefix ? expected[prefix] : 'not_known');
    }
    expect(ethnicGroupOf(null)).toBe('not_known');
  });

  it('keeps every job role in its staff-file group and every contract type and pathway category distinct', () => {
    for (const role of JOB_ROLES) expect(roleGroupOf(role.code)).toBe(role.group);
    expect(new Set(CONTRACT_TYPES.map((c) => contractTypeOf(c.code)))).toEqual(
      new Set(['permanent', 'temporary', 'bank', 'agency', 'other']),
    );
    expect(contractTypeOf(null)).toBe('other');
    expect(CWP_CATEGORIES.map((c) => pathwayCategoryOf(c.code))).toEqual([
      'new_to_care',
      'care_or_support_worker',
      'enhanced_care_worker',
      'supervisor_or_leader',
      'practice_leader',
      'deputy_manager',
      'registered_manager',
      'none_of_these',
      'not_known',
    ]);
    expect(pathwayCategoryOf(null)).toBe('not_known');
  });

  it('counts "prefer not to say" and unrecorded answers as not known', () => {
    expect([sexGroupOf('female'), sexGroupOf('prefer_not_to_say'), sexGroupOf(null)]).toEqual([
      'female',
      'not_known',
      'not_known',
    ]);
    expect([disabilityGroupOf('yes'), disabilityGroupOf('unknown'), disabilityGroupOf(null)]).toEqual([
      'yes',
      'not_known',
      'not_known',
    ]);
  });

  it('bands age on the period’s last day, a birthday on that day counting', () => {
    expect(ageBandOf('2001-10-31', '2026-10-31')).toBe('25_to_34');
    expect(ageBandOf('2001-11-01', '2026-10-31')).toBe('under_25');
    expect(ageBandOf('1961-10-31', '2026-10-31')).toBe('65_and_over');
    expect(ageBandOf(null, '2026-10-31')).toBe('not_known');
  });
});
