import { useState, type ChangeEvent, type ReactNode } from 'react';
import type { Issue } from '@shared/contract/errors';
import {
  VISITOR_CSV_COLUMNS,
  type Organisation,
  type Visitor,
  type VisitorImportProblem,
  type VisitorImportReport,
} from '@shared/domain/hub/setup';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { FileField, SelectField, TextField } from '@renderer/components/Field';
import type { FormErrors } from '@renderer/components/form-errors';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, Panel } from '@renderer/components/Layout';
import { orNull, useProcedureForm } from '@renderer/components/use-form';

/** A visitor's organisation must be chosen (the schema alone would only say the blank choice is not an id). */
const organisationChosen = (v: { organisationId: string | boolean }): Issue[] =>
  v.organisationId === ''
    ? [{ path: ['organisationId'], message: 'Choose the organisation the visitor works for' }]
    : [];

type DetailKey = 'displayName' | 'organisationId' | 'email' | 'phone';

/** What a form's `field` gives a bound input. */
interface FieldBinding {
  formId: string;
  errors: FormErrors;
  name: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;
}

/** A visitor's name, organisation and contact details, in that order (`children` go after the organisation). */
function VisitorDetailFields({
  field,
  organisations,
  children,
}: {
  field: (key: DetailKey) => FieldBinding;
  organisations: readonly Organisation[];
  children?: ReactNode;
}) {
  return (
    <>
      <TextField label="Name" {...field('displayName')} />
      <SelectField
        label="Organisation"
        placeholder="Choose an organisation"
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        {...field('organisationId')}
      />
      {children}
      <TextField label="Email (optional)" type="email" {...field('email')} />
      <TextField label="Phone (optional)" type="tel" {...field('phone')} />
    </>
  );
}

/** Create one visitor account; its temporary password is shown once, to pass on to the visitor. */
function VisitorForm({ organisations, onClose }: { organisations: readonly Organisation[]; onClose: () => void }) {
  const [made, setMade] = useState<string | null>(null);
  const form = useProcedureForm('hub.createVisitor', {
    id: 'visitor',
    initial: { username: '', displayName: '', organisationId: '', email: '', phone: '' },
    check: organisationChosen,
    toInput: (v) => ({
      username: v.username,
      displayName: v.displayName,
      organisationId: v.organisationId,
      email: orNull(v.email),
      phone: orNull(v.phone),
    }),
    resetOnSuccess: true,
    onSuccess: (r) => setMade(r.temporaryPassword),
  });
  return (
    <Panel title="Add a visitor account">
      {made && (
        <Banner tone="success" title="The account is made.">
          Its temporary password is <strong className="booking-pass__token">{made}</strong>. Pass it on to the visitor;
          they choose their own when they first sign in. It is not shown again.
        </Banner>
      )}
      <GovForm form={form} submitLabel="Add the visitor" onCancel={onClose}>
        <VisitorDetailFields field={form.field} organisations={organisations}>
          <TextField label="Username" hint="Letters, digits, dots, dashes" {...form.field('username')} />
        </VisitorDetailFields>
      </GovForm>
    </Panel>
  );
}

/** Change a visitor's name, contact details or organisation (a removed organisation must be replaced). */
function VisitorEditForm({
  visitor,
  organisations,
  onClose,
}: {
  visitor: Visitor;
  organisations: readonly Organisation[];
  onClose: (saved: string | null) => void;
}) {
  const form = useProcedureForm('hub.updateVisitor', {
    id: 'visitor-edit',
    initial: {
      displayName: visitor.displayName,
      organisationId: visitor.organisationRemoved ? '' : (visitor.organisationId ?? ''),
      email: visitor.email ?? '',
      phone: visitor.phone ?? '',
    },
    check: organisationChosen,
    toInput: (v) => ({
      accountId: visitor.accountId,
      displayName: v.displayName,
      organisationId: v.organisationId,
      email: orNull(v.email),
      phone: orNull(v.phone),
    }),
    onSuccess: (saved) => onClose(`${saved.displayName}’s details are saved.`),
  });
  return (
    <Panel title={`Change ${visitor.displayName}’s details`}>
      {visitor.organisationRemoved && (
        <Banner tone="warning" title={`${visitor.organisationName ?? 'Their organisation'} was removed from the hub.`}>
          Choose the organisation they work for now; until then they cannot book or sign in.
        </Banner>
      )}
      <GovForm form={form} submitLabel="Save the changes" onCancel={() => onClose(null)}>
        <VisitorDetailFields field={form.field} organisations={organisations} />
      </GovForm>
    </Panel>
  );
}

const PROBLEM_COLUMNS: Column<VisitorImportProblem>[] = [
  { key: 'row', header: 'Line', width: '6em', render: (p) => p.row },
  { key: 'column', header: 'Column', width: '10em', render: (p) => p.column || 'The whole line' },
  { key: 'reason', header: 'Problem', render: (p) => p.reason },
];

/** Visitor accounts from a CSV file: every line is checked first, and one bad line imports nothing. */
function VisitorImport() {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<VisitorImportReport | null>(null);
  const form = useProcedureForm('hub.importVisitors', {
    id: 'visitor-import',
    initial: {},
    toInput: async () => ({ csv: file ? await file.text() : '', dryRun: false }),
    issuesAt: 'csv',
    onSuccess: setReport,
  });
  return (
    <Panel title="Import visitor accounts from a CSV file">
      <p>
        The first line names the columns: {VISITOR_CSV_COLUMNS.join(', ')}. The organisation is its name as listed under
        Organisations; a blank username is made from the name.
      </p>
      {report?.imported && (
        <Banner tone="success" title={`${report.created.length} visitor accounts imported.`}>
          Pass each temporary password on to its visitor; they are not shown again.
        </Banner>
      )}
      {report && !report.imported && (
        <Banner tone="error" title="Nothing was imported.">
          Correct these lines of the file and import it again.
        </Banner>
      )}
      {report && report.problems.length > 0 && (
        <DataTable
          label="Problems in the file"
          columns={PROBLEM_COLUMNS}
          rows={report.problems}
          rowKey={(p) => `${p.row}-${p.column}-${p.reason}`}
        />
      )}
      {report?.imported && (
        <DataTable
          label="Accounts made"
          columns={[
            { key: 'username', header: 'Username', rowHeader: true, render: (c) => c.username },
            { key: 'password', header: 'Temporary password', render: (c) => c.temporaryPassword },
          ]}
          rows={report.created}
          rowKey={(c) => c.accountId}
        />
      )}
      <GovForm form={form} submitLabel="Import the file" submitVariant="secondary" grid={false}>
        <FileField
          formId={form.id}
          name="csv"
          label="CSV file"
          errors={form.errors}
          accept=".csv,text/csv"
          onFile={(f) => {
            setFile(f);
            setReport(null);
          }}
        />
      </GovForm>
    </Panel>
  );
}

const visitorColumns = (onChange: (visitor: Visitor) => void): Column<Visitor>[] => [
  { key: 'name', header: 'Name', rowHeader: true, render: (v) => v.displayName, sortValue: (v) => v.displayName },
  { key: 'username', header: 'Username', render: (v) => v.username },
  {
    key: 'organisation',
    header: 'Organisation',
    render: (v) =>
      v.organisationRemoved ? `${v.organisationName ?? ''} (removed: cannot book)` : (v.organisationName ?? 'None'),
  },
  { key: 'contact', header: 'Contact', render: (v) => [v.email, v.phone].filter(Boolean).join(', ') },
  { key: 'state', header: 'Account', width: '8em', render: (v) => (v.disabled ? 'Disabled' : 'Active') },
  {
    key: 'change',
    header: 'Change',
    width: '7em',
    render: (v) => (
      <Button variant="secondary" aria-label={`Change ${v.displayName}’s details`} onClick={() => onChange(v)}>
        Change
      </Button>
    ),
  },
];

/** Visitor accounts: the list, adding one, and importing many from a CSV file. */
export function VisitorsTab({
  visitors,
  organisations,
}: {
  visitors: readonly Visitor[];
  organisations: readonly Organisation[];
}) {
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const editing = visitors.find((v) => v.accountId === editingId) ?? null;
  return (
    <>
      {saved && <Banner tone="success">{saved}</Banner>}
      {editing && (
        <VisitorEditForm
          key={editing.accountId}
          visitor={editing}
          organisations={organisations}
          onClose={(message) => {
            setSaved(message);
            setEditingId(null);
          }}
        />
      )}
      {adding ? (
        <VisitorForm organisations={organisations} onClose={() => setAdding(false)} />
      ) : (
        <p>
          <Button onClick={() => setAdding(true)}>Add a visitor account</Button>
        </p>
      )}
      <DataTable
        label="Visitor accounts"
        columns={visitorColumns((v) => {
          setSaved(null);
          setAdding(false);
          setEditingId(v.accountId);
        })}
        rows={visitors}
        rowKey={(v) => v.accountId}
        initialSort={{ key: 'name', direction: 'asc' }}
        search={{ label: 'Find a visitor', text: (v) => `${v.displayName} ${v.username} ${v.organisationName ?? ''}` }}
        empty="No visitor accounts yet."
      />
      <VisitorImport />
    </>
  );
}
