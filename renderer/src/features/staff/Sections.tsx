import { useState, type ReactNode } from 'react';
import { useApi } from '@renderer/api/api-context';
import { Button } from '@renderer/components/Button';
import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Panel } from '@renderer/components/Layout';
import { useForm } from '@renderer/components/use-form';
import { FieldsForm, FieldsSummary } from './FieldsForm';
import type { FieldSpec } from './record-fields';

/** A panel showing a group of fields, with a Change button for those who may edit. */
export function EditableSection({
  title,
  specs,
  values,
  prefix,
  canEdit,
  onSave,
  children,
}: {
  title: string;
  specs: FieldSpec[];
  values: Record<string, unknown>;
  prefix: string;
  canEdit: boolean;
  onSave: (patch: Record<string, unknown>) => Promise<unknown>;
  children?: ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <Panel title={title}>
      {editing ? (
        <FieldsForm specs={specs} values={values} prefix={prefix} onSave={onSave} onDone={() => setEditing(false)} />
      ) : (
        <>
          <FieldsSummary specs={specs} values={values} />
          {children}
          {canEdit && (
            <div className="button-row">
              <Button variant="secondary" onClick={() => setEditing(true)} aria-label={`Change ${title.toLowerCase()}`}>
                Change
              </Button>
            </div>
          )}
        </>
      )}
    </Panel>
  );
}

/**
 * Asks for the password again before sensitive details are shown or written (the backend enforces it; this is the way
 * in). `intro` and `submitLabel` say what it is for, when it is not showing sensitive details.
 */
export function ReauthForm({
  onConfirmed,
  intro = 'Sensitive details are hidden. Enter your password again to see them; ' +
    'each view is recorded in the audit log.',
  submitLabel = 'Show sensitive details',
}: {
  onConfirmed: () => void;
  intro?: string;
  submitLabel?: string;
}) {
  const api = useApi();
  const form = useForm({ password: '' });
  const formId = 'reauth';
  return (
    <GovForm
      formId={formId}
      errors={form.errors}
      pending={form.pending}
      submitLabel={submitLabel}
      grid={false}
      onSubmit={() =>
        void form.submit(async () => {
          await api.call('auth.reauthenticate', { password: String(form.values.password) });
          onConfirmed();
        })
      }
    >
      <p>{intro}</p>
      <TextField
        formId={formId}
        errors={form.errors}
        label="Your password"
        type="password"
        autoComplete="current-password"
        className="input--narrow"
        {...form.bind('password')}
      />
    </GovForm>
  );
}
