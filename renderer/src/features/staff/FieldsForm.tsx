import { useId } from 'react';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { SummaryList } from '@renderer/components/Layout';
import { useProcedureForm } from '@renderer/components/use-form';
import { displayValue, optionsFor, toFormValue, toValue, type FieldSpec } from './record-fields';

/** Which part of the full record a section edits: details (any manager) or sensitive fields (after re-entry). */
export type SectionKind = 'details' | 'sensitive';

/** Read-only view of a group of fields. */
export function FieldsSummary({ specs, values }: { specs: FieldSpec[]; values: Readonly<Record<string, unknown>> }) {
  return (
    <SummaryList items={specs.map((spec) => ({ key: spec.label, value: displayValue(spec, values[spec.name]) }))} />
  );
}

/**
 * Edit a group of fields (one tab's worth) and send only them; errors come back under the part's key (`details`,
 * `sensitive`).
 */
export function FieldsForm({
  staffId,
  kind,
  specs,
  values,
  onDone,
}: {
  staffId: string;
  kind: SectionKind;
  specs: FieldSpec[];
  values: Readonly<Record<string, unknown>>;
  onDone: () => void;
}) {
  const id = `f${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const initial: Record<string, string> = {};
  for (const spec of specs) initial[spec.name] = toFormValue(spec, values[spec.name]);
  const form = useProcedureForm(kind === 'details' ? 'staff.updateDetails' : 'staff.updateSensitive', {
    id,
    initial,
    errorPrefix: [kind],
    toInput: (v) => {
      const patch = Object.fromEntries(specs.map((spec) => [spec.name, toValue(spec, v[spec.name] ?? '')]));
      return kind === 'details' ? { id: staffId, details: patch } : { id: staffId, sensitive: patch };
    },
    onSuccess: onDone,
  });
  return (
    <GovForm form={form} submitLabel="Save" onCancel={onDone}>
      {specs.map((spec) =>
        spec.kind === 'text' || spec.kind === 'date' || spec.kind === 'hours' || spec.kind === 'year' ? (
          <TextField
            key={spec.name}
            label={spec.label}
            hint={spec.hint ?? (spec.kind === 'date' ? 'For example, 1 April 2025' : undefined)}
            type={spec.kind === 'date' ? 'date' : 'text'}
            inputMode={spec.kind === 'hours' ? 'decimal' : spec.kind === 'year' ? 'numeric' : undefined}
            className={spec.kind === 'text' ? undefined : 'input--narrow'}
            {...form.field(spec.name)}
          />
        ) : (
          <SelectField
            key={spec.name}
            label={spec.label}
            hint={spec.hint}
            options={optionsFor(spec)}
            placeholder={spec.kind === 'yesNo' ? undefined : 'Not recorded'}
            {...form.field(spec.name)}
          />
        ),
      )}
    </GovForm>
  );
}
