import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, auditActionLabel } from '@shared/contract/audit-labels';
import { procedures } from '@shared/contract/procedures';

/** Every `action: '…'` literal written to the audit log by the backend's services. */
function auditedActions(): string[] {
  const root = join(import.meta.dirname, '../../../main/services');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const found = new Set<string>();
  for (const f of files)
    for (const m of readFileSync(join(root, f), 'utf8').matchAll(/action: '([a-zA-Z]+\.[a-zA-Z._]+)'/g))
      if (m[1]) found.add(m[1]);
  return [...found].sort();
}

describe('the audit log in words', () => {
  it('has a label for every action the services write', () => {
    const actions = auditedActions();
    expect(actions.length).toBeGreaterThan(50);
    expect(actions.filter((a) => !(a in AUDIT_ACTION_LABELS))).toEqual([]);
  });

  it('has a label for each kind of rota edit and each decision on off-the-job hours', () => {
    for (const what of ['assign', 'unassign', 'move', 'swap', 'pin', 'unpin', 'sickness_cover'])
      expect(AUDIT_ACTION_LABELS[`rota.edit.${what}`]).toBeDefined();
    for (const decision of ['approved', 'declined'])
      expect(AUDIT_ACTION_LABELS[`apprenticeships.otj.${decision}`]).toBeDefined();
  });

  it('says any procedure without a label (a refused call) in words, never the raw name', () => {
    expect(auditActionLabel('rota.publish')).toBe('Published a week');
    expect(auditActionLabel('rota.printWorkerWeek')).toBe('Rota: print worker week');
    for (const name of Object.keys(procedures)) expect(auditActionLabel(name)).not.toMatch(/[A-Z].*\.|[a-z][A-Z]|_/);
  });
});
