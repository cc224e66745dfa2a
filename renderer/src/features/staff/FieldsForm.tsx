import { useId } from 'react';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { SummaryList } from '@renderer/components/Layout';
import { useForm } from '@renderer/components/use-form';
import { displayValue, optionsFor, toFormValue, toValue, type FieldSpec } from './record-fields';

/** Read-only view of a group of fields. */
export function FieldsSummary({ specs, values }: { specs: FieldSpec[]; values: Record<string, unknown> }) {
  return (
    <SummaryList items={specs.map((spec) => ({ key: spec.label, value: displayValue(spec, values[spec.name]) }))} />
  );
}

/**
 * Edit a group of fields (one tab's worth) and send only them; errors come back under `prefix` (`details`,
 * `sensitive`).
 */
export function FieldsForm({
  specs,
  values,
  prefix,
  onSave,
  onDone,
}: {
  specs: FieldSpec[];
  values: Record<string, unknown>;
  prefix: string;
  onSave: (patch: Record<string, unknown>) => Promise<unknown>;
  onDone: () => void;
}) {
  const formId = `f${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const form = useForm(
    Object.fromEntries(specs.map((spec) => [spec.name, toFormValue(spec, values[spec.name])])) as Record<
      string,
      string
    >,
    { errorPrefix: [prefix] },
  );
  const save = () =>
    form.submit(async () => {
      const patch = Object.fromEntries(
        specs.map((spec) => [spec.name, toValue(spec, String(form.values[spec.name] ?? ''))]),
      );
      await onSave(patch);
      onDone();
    });
  return (
    <GovForm
      formId={formId}
      errors={form.errors}
      pending={form.pending}
      submitLabel="Save"
      onSubmit={() => void save()}
      onCancel={onDone}
    >
      {specs.map((spec) =>
        spec.kind === 'text' || spec.kind === 'date' || spec.kind === 'hours' || spec.kind === 'year' ? (
          <TextField
            key={spec.name}
            formId={formId}
            errors={form.errors}
            label={spec.label}
            hint={spec.hint ?? (spec.kind === 'date' ? 'For example, 1 April 2025' : undefined)}
            type={spec.kind === 'date' ? 'date' : 'text'}
            inputMode={spec.kind === 'hours' ? 'decimal' : spec.kind === 'year' ? 'numeric' : undefined}
            className={spec.kind === 'text' ? undefined : 'input--narrow'}
            {...form.bind(spec.name)}
          />
        ) : (
          <SelectField
            key={spec.name}
            formId={formId}
            errors={form.errors}
            label={spec.label}
            hint={spec.hint}
            options={optionsFor(spec)}
            placeholder={spec.kind === 'yesNo' ? undefined : 'Not recorded'}
            {...form.bind(spec.name)}
          />
        ),
      )}
    </GovForm>
  );
}
