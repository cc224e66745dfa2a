import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportReport } from '@shared/domain/staff/staff-import';
import { ApiError } from '@renderer/api/api-client';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { Banner, PageHeader, Panel } from '@renderer/components/Layout';
import { downloadText } from './download';
import { ReauthForm } from './Sections';

/** Import staff from a branch spreadsheet (CSV), download the template, export the list. */
export function StaffImportPage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const template = useQuery(procedureQuery(api, 'staff.importTemplate', {}));
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [needReauth, setNeedReauth] = useState(false);
  // A file with sensitive columns (NI number, DBS, equality data) imports only after the password is entered again.
  const [importNeedsReauth, setImportNeedsReauth] = useState(false);

  const runImport = async (dryRun: boolean) => {
    if (!file) {
      setError('Choose a CSV file first.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const csv = await file.text();
      const result = await api.call('staff.import', { csv, dryRun });
      setReport(result);
      if (result.imported)
        await queryClient.invalidateQueries({
          predicate: (q) =>
            String(q.queryKey[0]).startsWith('staff.') || String(q.queryKey[0]).startsWith('compliance.'),
        });
    } catch (e) {
      if (e instanceof ApiError && e.reason === 'reauth_required') setImportNeedsReauth(true);
      else setError(e instanceof Error ? e.message : 'The import failed.');
    } finally {
      setBusy(false);
    }
  };

  const exportList = async () => {
    setError(null);
    try {
      const out = await api.call('staff.exportCsv', { includeArchived: false });
      downloadText('staff.csv', out.csv);
    } catch (e) {
      if (e instanceof ApiError && e.reason === 'reauth_required') setNeedReauth(true);
      else setError(e instanceof Error ? e.message : 'The export failed.');
    }
  };

  return (
    <>
      <PageHeader caption="Staff" title="Import and export staff" />
      {error && <Banner tone="error">{error}</Banner>}
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
              setReport(null);
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
            onConfirmed={() => {
              setImportNeedsReauth(false);
              void runImport(false);
            }}
          />
        ) : (
          <div className="button-row">
            <Button variant="secondary" disabled={busy || !file} onClick={() => void runImport(true)}>
              Check the file
            </Button>
            <Button disabled={busy || !file} onClick={() => void runImport(false)}>
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
          <ReauthForm
            onConfirmed={() => {
              setNeedReauth(false);
              void exportList();
            }}
          />
        ) : (
          <div className="button-row">
            <Button variant="secondary" onClick={() => void exportList()}>
              Export staff to CSV
            </Button>
          </div>
        )}
      </Panel>
      {template.data && (
        <Panel title="Template columns">
          <table className="simple-table">
            <caption className="visually-hidden">Template columns</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">What to put</th>
              </tr>
            </thead>
            <tbody>
              {template.data.columns.map((c) => (
                <tr key={c.name}>
                  <td className="mono">{c.name}</td>
                  <td>{c.hint}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      )}
    </>
  );
}

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
      <table className="simple-table">
        <caption className="visually-hidden">Problems by row and column</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {report.problems.map((p, i) => (
            <tr key={i}>
              <td>{p.row}</td>
              <td className="mono">{p.column}</td>
              <td>{p.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.moreProblems > 0 && <p>…and {report.moreProblems} more.</p>}
    </Panel>
  );
}
