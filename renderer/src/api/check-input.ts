import { issuesFromZod, type Issue } from '@shared/contract/errors';
import { procedures, type ProcedureInput, type ProcedureName } from '@shared/contract/procedures';

/** A procedure's input as a form builds it: the same shape, with text where the contract takes a code from a list. */
export type FormInput<T> = T extends string
  ? string
  : T extends readonly (infer E)[]
    ? readonly FormInput<E>[]
    : T extends object
      ? { [K in keyof T]: FormInput<T[K]> }
      : T;

/**
 * Check what a form built against the procedure's own input schema, before it is sent: the same rules and messages as
 * the backend (which checks again), without a round trip.
 */
export function checkInput<N extends ProcedureName>(
  name: N,
  input: FormInput<ProcedureInput<N>>,
): { ok: true; input: ProcedureInput<N> } | { ok: false; issues: Issue[] } {
  const parsed = procedures[name].input.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  // The schema accepted it, so every code in it is one the contract names: it is the procedure's input.
  return { ok: true, input: input as ProcedureInput<N> };
}
