import { describe, expect, it } from 'vitest';
import { procedures, type ProcedureName } from '@shared/contract/procedures';

const names = Object.keys(procedures) as ProcedureName[];
const domainOf = (name: string) => name.slice(0, name.indexOf('.'));
// A domain is something a screen can read: some procedure that is not a mutation is named under it.
const readDomains = new Set(names.filter((name) => !procedures[name].mutation).map(domainOf));

describe('cache invalidation declared in the contract', () => {
  it('every mutation names the domains it changes', () => {
    const undeclared = names.filter((name) => procedures[name].mutation && procedures[name].invalidates === undefined);
    expect(undeclared).toEqual([]);
  });

  it('names only domains a screen reads, each once', () => {
    const wrong = names.flatMap((name) =>
      (procedures[name].invalidates ?? [])
        .filter((domain, i, all) => !readDomains.has(domain) || all.indexOf(domain) !== i)
        .map((domain) => `${name} → ${domain}`),
    );
    expect(wrong).toEqual([]);
  });

  it('a mutation that changes its own domain says so', () => {
    // Reading access notes is a mutation only because each view is audited; the demo's set-up keeps the set-up screen
    // (it shows the demo's accounts until the person moves on); everything else changes its own domain.
    const silent = names.filter(
      (name) =>
        procedures[name].mutation &&
        name !== 'clients.getAccessNotes' &&
        name !== 'setup.createDemo' &&
        !(procedures[name].invalidates ?? []).includes(domainOf(name)),
    );
    expect(silent).toEqual([]);
  });
});
