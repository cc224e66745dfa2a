import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportReport } from '@shared/domain/staff/staff-import';
import { ApiError } from '@renderer/api/api-client';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { downloadText } from '@renderer/components/files';
import { Banner, PageHeader, Panel } from '@renderer/components/Layout';
import { ReauthForm } from './Sections';

/** Import staff from a branch spreadsheet (CSV), download the template, export the list. */
export function StaffImportPage() {
  const api = useApi();
  const template = useQuery(procedureQuery(api, 'staff.importTemplate', {}));
  const [file, setFile] = useState<File | null>(null);
  const importer = useProcedureMutation('staff.import');
  const exporter = useProcedureMutation('staff.exportCsv');
  const needReauth = exporter.error instanceof ApiError && exporter.error.reason === 'reauth_required';
  // A file with sensitive columns (NI number, DBS, equality data) imports only after the password is entered again.
  const importNeedsReauth = importer.error instanceof ApiError && importer.error.reason === 'reauth_required';
  const report = importer.data;

  const runImport = (dryRun: boolean) => {
    if (!file) return;
    void file.text().then((csv) => importer.mutate({ csv, dryRun }));
  };
  const exportList = () =>
    exporter.mutate({ includeArchived: false }, { onSuccess: (out) => downloadText('staff.csv', out.csv) });

  return (
    <>
      <PageHeader caption="Staff" title="Import and export staff" />
      <ErrorSummary error={(importNeedsReauth ? null : importer.error) ?? (needReauth ? null : exporter.error)} />
      <Panel title="Import from a spreadsheet">
        <p>
          Save the spreadsheet as CSV with the template’s column names. Every row is checked first: if any row has a
          problem nothing is imported and the problems are listed by row and column. Rows are matched on the staff
          reference, so importing the same file again updates those records. Columns left out of the file are not
          changed.
        </p>
        <div className="button-row">
          <Button
            variant="secondary"
            disabled={!template.data}
            onClick={() => template.data && downloadText('staff-import-template.csv', template.data.csv)}
          >
            Download the template
          </Button>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="import-file">
            CSV file
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              importer.reset();
            }}
          />
        </div>
        {importNeedsReauth ? (
          <ReauthForm
            intro={
              'This file writes sensitive details (NI numbers, dates of birth, DBS or equality data). ' +
              'Enter your password again to import it; the import is recorded in the audit log.'
            }
            submitLabel="Import"
            onConfirmed={() => runImport(false)}
          />
        ) : (
          <div className="button-row">
            <Button variant="secondary" disabled={importer.isPending || !file} onClick={() => runImport(true)}>
              Check the file
            </Button>
            <Button disabled={importer.isPending || !file} onClick={() => runImport(false)}>
              Import
            </Button>
          </div>
        )}
      </Panel>
      {report && <ReportPanel report={report} />}
      <Panel title="Export the staff list">
        <p>
          All current staff in the template’s columns, without sensitive fields. Exports are recorded in the audit log.
        </p>
        {needReauth ? (
          <ReauthForm onConfirmed={exportList} />
        ) : (
          <div className="button-row">
            <Button variant="secondary" disabled={exporter.isPending} onClick={exportList}>
              Export staff to CSV
            </Button>
          </div>
        )}
      </Panel>
      {template.data && (
        <Panel title="Template columns">
          <DataTable
            label="Template columns"
            columns={[
              { key: 'name', header: 'Column', width: '16em', render: (c) => <span className="mono">{c.name}</span> },
              { key: 'hint', header: 'What to put', render: (c) => c.hint },
            ]}
            rows={template.data.columns}
            rowKey={(c) => c.name}
          />
        </Panel>
      )}
    </>
  );
}

type ImportProblem = ImportReport['problems'][number];

const PROBLEM_COLUMNS: Column<ImportProblem>[] = [
  { key: 'row', header: 'Row', width: '6em', render: (p) => p.row, sortValue: (p) => p.row },
  {
    key: 'column',
    header: 'Column',
    render: (p) => <span className="mono">{p.column}</span>,
    sortValue: (p) => p.column,
  },
  { key: 'reason', header: 'Problem', render: (p) => p.reason },
];

function ReportPanel({ report }: { report: ImportReport }) {
  if (report.imported)
    return (
      <Banner
        tone="success"
        title="Imported."
      >{`${report.created} created, ${report.updated} updated from ${report.rows} rows.`}</Banner>
    );
  if (report.problems.length === 0)
    return (
      <Banner tone="success" title="The file is ready to import.">
        {`${report.rows} rows: ${report.created} would be created, ` +
          `${report.updated} updated. Nothing has been saved yet.`}
      </Banner>
    );
  return (
    <Panel title="Nothing was imported">
      <Banner
        tone="error"
        title={
          `${report.problems.length + report.moreProblems} ` +
          `${report.problems.length + report.moreProblems === 1 ? 'problem' : 'problems'}.`
        }
      >
        Fix these rows in the spreadsheet and import the file again.
      </Banner>
      <DataTable
        label="Problems by row and column"
        columns={PROBLEM_COLUMNS}
        rows={report.problems}
        rowKey={(p) => `${p.row}|${p.column}|${p.reason}`}
        initialSort={{ key: 'row', direction: 'asc' }}
      />
      {report.moreProblems > 0 && <p>…and {report.moreProblems} more.</p>}
    </Panel>
  );
}
