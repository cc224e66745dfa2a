import { useState } from 'react';
import type { Issue } from '@shared/contract/errors';
import type { ProcedureInput } from '@shared/contract/procedures';
import type { CoverResult } from '@shared/domain/rota-board/cover';
import type { FormInput } from '@renderer/api/check-input';
import { useProcedureForm } from '@renderer/components/use-form';

/** The cover actions; each is checked first (nothing saved), then confirmed. */
export type CoverProcedure =
  'rotaCover.move' | 'rotaCover.shorten' | 'rotaCover.askOutside' | 'rotaCover.tellPerson' | 'rotaCover.split';

type Values = Record<string, string>;

/**
 * A cover form with a check step, like the board's other edits: the first submit asks the backend what the action
 * would do (the whole week validated, nothing saved) and shows it in words; the second, "Confirm", saves it. Changing
 * any answer goes back to the check.
 */
export function useCheckedCover<N extends CoverProcedure, V extends Values>(
  name: N,
  id: string,
  initial: V,
  toInput: (values: V) => FormInput<Omit<ProcedureInput<N>, 'checkOnly'>>,
  onDone: (result: CoverResult) => void,
  check?: (values: V) => Issue[],
) {
  const [checked, setChecked] = useState<CoverResult | null>(null);
  const form = useProcedureForm(name, {
    id,
    initial,
    ...(check ? { check } : {}),
    toInput: (values) =>
      ({ ...(toInput(values) as object), checkOnly: checked === null }) as FormInput<ProcedureInput<N>>,
    onSuccess: (result: CoverResult) => {
      if (result.saved) {
        setChecked(null);
        onDone(result);
      } else setChecked(result);
    },
  });
  /** Props for a field that also drop the check (the answer changed, so the check no longer holds). */
  const field = (key: keyof V & string) => {
    const bound = form.field(key);
    return {
      ...bound,
      onChange: (event: Parameters<typeof bound.onChange>[0]) => {
        setChecked(null);
        bound.onChange(event);
      },
    };
  };
  const choose = (key: keyof V & string, value: string) => {
    setChecked(null);
    form.set(key, value as V[typeof key]);
  };
  return { form, field, choose, checked, back: () => setChecked(null) };
}
