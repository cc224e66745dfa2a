import { useState } from 'react';
import { IMPORT_COLUMNS } from '@shared/domain/training/records';
import { ApiError } from '@renderer/api/api-client';
import { useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { Banner, Panel } from '@renderer/components/Layout';

/** Import completions from a CSV file: every row is checked and nothing is written unless all are valid. */
export function ImportView() {
  const importRecords = useProcedureMutation('training.importRecords', ['training']);
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('');
  const issues = importRecords.error instanceof ApiError ? importRecords.error.issues : [];
  return (
    <Panel title="Import training records from CSV">
      <p>
        Columns: <code>{IMPORT_COLUMNS.join(', ')}</code>. Dates as YYYY-MM-DD or DD/MM/YYYY; leave{' '}
        <code>expires_on</code> blank to use the course validity.
      </p>
      {importRecords.isSuccess && <Banner tone="success">{importRecords.data.imported} records imported.</Banner>}
      {importRecords.error && (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2 className="error-summary__title">{importRecords.error.message}</h2>
          <ul>
            {issues.slice(0, 50).map((issue) => (
              <li key={issue.path.join('.')}>{issue.message}</li>
            ))}
          </ul>
        </div>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          importRecords.mutate({ csv });
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor="import-file">
            CSV file
          </label>
          <input
            id="import-file"
            className="input"
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              setFileName(file.name);
              void file.text().then(setCsv);
            }}
          />
        </div>
        <div className="button-row">
          <Button type="submit" disabled={csv === '' || importRecords.isPending}>
            Import {fileName}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
