import { useState, type ReactNode } from 'react';
import { Button } from '@renderer/components/Button';
import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Panel } from '@renderer/components/Layout';
import { useProcedureForm } from '@renderer/components/use-form';
import { FieldsForm, FieldsSummary, type SectionKind } from './FieldsForm';
import type { FieldSpec } from './record-fields';

/** A panel showing a group of fields, with a Change button for those who may edit. */
export function EditableSection({
  title,
  staffId,
  kind,
  specs,
  values,
  canEdit,
  children,
}: {
  title: string;
  staffId: string;
  kind: SectionKind;
  specs: FieldSpec[];
  values: Readonly<Record<string, unknown>>;
  canEdit: boolean;
  children?: ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <Panel title={title}>
      {editing ? (
        <FieldsForm staffId={staffId} kind={kind} specs={specs} values={values} onDone={() => setEditing(false)} />
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
  const form = useProcedureForm('auth.reauthenticate', {
    id: 'reauth',
    initial: { password: '' },
    toInput: (v) => ({ password: v.password }),
    onSuccess: onConfirmed,
  });
  return (
    <GovForm form={form} submitLabel={submitLabel} grid={false}>
      <p>{intro}</p>
      <TextField
        label="Your password"
        type="password"
        autoComplete="current-password"
        className="input--narrow"
        {...form.field('password')}
      />
    </GovForm>
  );
}
