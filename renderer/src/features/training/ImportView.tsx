import { useState } from 'react';
import { IMPORT_COLUMNS } from '@shared/domain/training/records';
import { FileField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Panel } from '@renderer/components/Layout';
import { useProcedureForm } from '@renderer/components/use-form';

/** Import completions from a CSV file: every row is checked and nothing is written unless all are valid. */
export function ImportView() {
  const [fileName, setFileName] = useState('');
  const form = useProcedureForm('training.importRecords', {
    id: 'import',
    initial: { csv: '' },
    toInput: (v) => ({ csv: v.csv }),
    issuesAt: 'csv',
    success: (result) => `${result.imported} records imported.`,
  });
  return (
    <Panel title="Import training records from CSV">
      <p>
        Columns: <code>{IMPORT_COLUMNS.join(', ')}</code>. Dates as YYYY-MM-DD or DD/MM/YYYY; leave{' '}
        <code>expires_on</code> blank to use the course validity.
      </p>
      <GovForm form={form} submitLabel={`Import ${fileName}`.trim()} grid={false}>
        <FileField
          formId={form.id}
          errors={form.errors}
          name="csv"
          label="CSV file"
          accept=".csv,text/csv"
          onFile={(file) => {
            setFileName(file?.name ?? '');
            if (file) void file.text().then((csv) => form.set('csv', csv));
            else form.set('csv', '');
          }}
        />
      </GovForm>
    </Panel>
  );
}
