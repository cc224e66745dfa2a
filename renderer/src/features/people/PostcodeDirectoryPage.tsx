import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { PostcodeDirectory, PostcodeImportReport } from '@shared/domain/clients/postcode-directory';
import { formatDate } from '@shared/domain/time/format';
import { londonDate } from '@shared/domain/time/london';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { FileField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, PageHeader, Panel, QueryState, SummaryList } from '@renderer/components/Layout';
import { useProcedureForm } from '@renderer/components/use-form';

// The columns of the smallest extract that places postcodes (the ONS's own names).
const SMALL_EXTRACT = 'pcds, lat and long';

const count = (n: number) => n.toLocaleString('en-GB');

/** "14,203 postcodes loaded on Mon 7 Dec 2026", or that none are. */
function loadedWords(directory: PostcodeDirectory): string {
  if (directory.importedAt === null) return 'No postcodes are loaded yet';
  return `${count(directory.postcodes)} postcodes loaded on ${formatDate(londonDate(new Date(directory.importedAt)))}`;
}

function skippedWords(report: { terminated: number; unlocated: number }): string {
  return `${count(report.terminated)} no longer in use, ${count(report.unlocated)} with no location`;
}

/**
 * The branch's copy of the ONS Postcode Directory (manager): what is loaded and when, and the import. The file is
 * checked first (problems listed by line and column, nothing changed); the manager then sees what it holds against
 * what is loaded and confirms before the directory is replaced.
 */
export function PostcodeDirectoryPage() {
  const api = useApi();
  const directory = useQuery(procedureQuery(api, 'postcodes.directory', {}));
  return (
    <>
      <PageHeader caption="People" title="Postcode directory" />
      <QueryState isLoading={directory.isLoading} error={directory.error}>
        {directory.data && <DirectoryPanels directory={directory.data} />}
      </QueryState>
    </>
  );
}

function DirectoryPanels({ directory }: { directory: PostcodeDirectory }) {
  const [fileName, setFileName] = useState('');
  const [checked, setChecked] = useState<{ csv: string; report: PostcodeImportReport } | null>(null);
  const [imported, setImported] = useState<PostcodeImportReport | null>(null);
  const importer = useProcedureMutation('postcodes.importDirectory');
  // The text that was checked is the text imported, whatever the file input holds by the time the manager confirms.
  const checkedText = useRef('');
  const form = useProcedureForm('postcodes.importDirectory', {
    id: 'postcode-import',
    initial: { csv: '' },
    toInput: (v) => {
      checkedText.current = v.csv;
      return { csv: v.csv, dryRun: true };
    },
    issuesAt: 'csv',
    onSuccess: (report) => setChecked({ csv: checkedText.current, report }),
  });
  const chooseFile = (file: File | null) => {
    setFileName(file?.name ?? '');
    setChecked(null);
    setImported(null);
    importer.reset();
    if (file) void file.text().then((csv) => form.set('csv', csv));
    else form.set('csv', '');
  };
  const replace = () => {
    if (!checked) return;
    importer.mutate(
      { csv: checked.csv, dryRun: false },
      {
        onSuccess: (report) => {
          setImported(report);
          setChecked(null);
        },
      },
    );
  };

  return (
    <>
      <Panel title="What is loaded">
        <SummaryList
          items={[
            { key: 'Postcodes', value: loadedWords(directory) },
            ...(directory.importedAt === null
              ? []
              : [
                  {
                    key: 'Skipped when imported',
                    value: skippedWords({
                      terminated: directory.terminatedSkipped,
                      unlocated: directory.unlocatedSkipped,
                    }),
                  },
                ]),
          ]}
        />
        <p>
          With the directory loaded, a person or a worker’s home is placed from their postcode alone, with no internet
          connection. Coordinates typed by hand still win.
        </p>
      </Panel>
      {imported && (
        <Banner tone="success" title="The postcode directory was replaced.">
          {`${count(imported.postcodes)} postcodes loaded; ${skippedWords(imported)}.`}
        </Banner>
      )}
      <Panel title="Import the directory">
        <p>
          Download your borough’s extract of the ONS Postcode Directory (a CSV file, free from the ONS Open Geography
          portal) and choose it here. A small extract works too: it needs the columns {SMALL_EXTRACT}. Postcodes no
          longer in use are skipped.
        </p>
        <GovForm
          form={form}
          submitLabel="Check the file"
          submitVariant={checked ? 'secondary' : 'primary'}
          grid={false}
        >
          <FileField
            formId={form.id}
            errors={form.errors}
            name="csv"
            label="ONS Postcode Directory file (CSV)"
            hint="The file is checked first: nothing changes until you confirm"
            accept=".csv,text/csv"
            onFile={chooseFile}
          />
        </GovForm>
      </Panel>
      {checked && (
        <Panel title="Check before replacing the directory">
          <ErrorSummary error={importer.error} />
          <SummaryList
            items={[
              { key: 'File', value: fileName },
              { key: 'Postcodes to load', value: count(checked.report.postcodes) },
              { key: 'Skipped', value: skippedWords(checked.report) },
              { key: 'Loaded now', value: loadedWords(directory) },
            ]}
          />
          <ConfirmAction
            label={directory.importedAt === null ? 'Load the directory' : 'Replace the directory'}
            confirmLabel={directory.importedAt === null ? 'Yes, load the directory' : 'Yes, replace the directory'}
            title={
              directory.importedAt === null
                ? `Load ${count(checked.report.postcodes)} postcodes from this file?`
                : `Replace the ${loadedWords(directory)} with ${count(checked.report.postcodes)} from this file?`
            }
            variant="primary"
            pending={importer.isPending}
            onConfirm={replace}
          >
            <p>
              People and workers already placed keep their locations. From now on a postcode is looked up in this file’s
              postcodes only.
            </p>
          </ConfirmAction>
        </Panel>
      )}
    </>
  );
}
