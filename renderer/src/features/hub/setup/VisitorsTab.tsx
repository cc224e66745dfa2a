import { useState } from 'react';
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
import { GovForm } from '@renderer/components/GovForm';
import { Banner, Panel } from '@renderer/components/Layout';
import { orNull, useProcedureForm } from '@renderer/components/use-form';

/** Create one visitor account; its temporary password is shown once, to pass on to the visitor. */
function VisitorForm({ organisations, onClose }: { organisations: readonly Organisation[]; onClose: () => void }) {
  const [made, setMade] = useState<string | null>(null);
  const form = useProcedureForm('hub.createVisitor', {
    id: 'visitor',
    initial: { username: '', displayName: '', organisationId: '', email: '', phone: '' },
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
        <TextField label="Name" {...form.field('displayName')} />
        <SelectField
          label="Organisation"
          placeholder="Choose an organisation"
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          {...form.field('organisationId')}
        />
        <TextField label="Username" hint="Letters, digits, dots, dashes" {...form.field('username')} />
        <TextField label="Email (optional)" type="email" {...form.field('email')} />
        <TextField label="Phone (optional)" type="tel" {...form.field('phone')} />
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

const VISITOR_COLUMNS: Column<Visitor>[] = [
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
  return (
    <>
      {adding ? (
        <VisitorForm organisations={organisations} onClose={() => setAdding(false)} />
      ) : (
        <p>
          <Button onClick={() => setAdding(true)}>Add a visitor account</Button>
        </p>
      )}
      <DataTable
        label="Visitor accounts"
        columns={VISITOR_COLUMNS}
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
