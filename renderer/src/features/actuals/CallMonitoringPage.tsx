import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import {
  CM2000_COLUMNS,
  ECM_FIELD_LABELS,
  type EcmField,
  type EcmLayout,
} from '@shared/domain/actuals/call-monitoring';
import type { EcmHeader, EcmImportReport, UnmatchedEcmRow } from '@shared/domain/actuals/ecm-import';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { FileField, SelectField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, PageHeader, Panel, QueryState, SummaryList } from '@renderer/components/Layout';
import { optionsFrom } from '@renderer/components/options';
import { NO_ERRORS } from '@renderer/components/form-errors';
import { useProcedureForm } from '@renderer/components/use-form';
import { rowTimes } from './call-monitoring-words';
import { ResolveRowPanel } from './ResolveRowPanel';

const LAYOUTS = [
  { value: 'cm2000', label: 'CM2000 visit export' },
  { value: 'mapped', label: 'Another layout (say what each column holds)' },
] as const;
const FIELDS = optionsFrom(ECM_FIELD_LABELS);

const UNMATCHED_COLUMNS: readonly Column<UnmatchedEcmRow>[] = [
  { key: 'line', header: 'Line', width: '5em', render: (r) => r.line, sortValue: (r) => r.line },
  { key: 'worker', header: 'Staff reference', render: (r) => r.workerRef, sortValue: (r) => r.workerRef },
  { key: 'person', header: 'Person', render: (r) => r.personName, sortValue: (r) => r.personName },
  { key: 'times', header: 'Times', render: rowTimes, sortValue: (r) => [r.visitDate, r.arrivalMinute] },
  { key: 'why', header: 'Why it matched no visit', render: (r) => r.reason },
];

/**
 * Import a call monitoring file: in the CM2000 layout, or another system's with each column said for. The file is
 * checked first (problems by line and column, nothing changed), then what it will record is shown before anything is
 * written. Rows that match no visit are listed below to attach to the right visit or set aside.
 */
export function CallMonitoringPage() {
  const [fileName, setFileName] = useState('');
  const [layoutKind, setLayoutKind] = useState<EcmLayout['kind']>('cm2000');
  const [mapping, setMapping] = useState<Record<string, EcmField>>({});
  const [checked, setChecked] = useState<{ csv: string; layout: EcmLayout; report: EcmImportReport } | null>(null);
  const [applied, setApplied] = useState<EcmImportReport | null>(null);
  const header = useProcedureMutation('actuals.callMonitoringHeader');
  const importer = useProcedureMutation('actuals.importCallMonitoring');
  const checkedInput = useRef<{ csv: string; layout: EcmLayout }>({ csv: '', layout: { kind: 'cm2000' } });
  const layout = (): EcmLayout => (layoutKind === 'cm2000' ? { kind: 'cm2000' } : { kind: 'mapped', columns: mapping });
  const form = useProcedureForm('actuals.importCallMonitoring', {
    id: 'ecm-import',
    initial: { csv: '' },
    toInput: (v) => {
      checkedInput.current = { csv: v.csv, layout: layout() };
      return { ...checkedInput.current, dryRun: true };
    },
    issuesAt: 'csv',
    onSuccess: (report) => setChecked({ ...checkedInput.current, report }),
  });
  const readHeadings = (csv: string, kind: EcmLayout['kind']) => {
    if (kind !== 'mapped' || csv === '') return;
    header.mutate({ csv }, { onSuccess: (h) => setMapping(guessMapping(h)) });
  };
  const chooseFile = (file: File | null) => {
    setFileName(file?.name ?? '');
    setChecked(null);
    setApplied(null);
    importer.reset();
    if (file)
      void file.text().then((csv) => {
        form.set('csv', csv);
        readHeadings(csv, layoutKind);
      });
    else form.set('csv', '');
  };
  const apply = () => {
    if (!checked) return;
    importer.mutate(
      { csv: checked.csv, layout: checked.layout, dryRun: false },
      {
        onSuccess: (report) => {
          setApplied(report);
          setChecked(null);
        },
      },
    );
  };
  return (
    <>
      <PageHeader caption="Rota" title="Call monitoring" />
      {applied && (
        <Banner tone="success" title="The call monitoring times were recorded.">
          {`${applied.matched} visits’ times recorded; ${applied.unmatched.length} rows to resolve below.`}
        </Banner>
      )}
      <Panel title="Import a call monitoring file">
        <p>
          Export the visits from your call monitoring system as a CSV file and choose it here. The CM2000 layout is read
          as it is ({Object.keys(CM2000_COLUMNS).join(', ')}); if your file’s headings differ, or it comes from another
          system, choose “Another layout” and say what each column holds. Rows are matched to visits on the published
          rota by the worker’s staff reference, the person’s name and the planned time.
        </p>
        <GovForm
          form={form}
          submitLabel="Check the file"
          submitVariant={checked ? 'secondary' : 'primary'}
          grid={false}
        >
          <SelectField
            formId={form.id}
            errors={form.errors}
            name="layout"
            label="Layout of the file"
            options={LAYOUTS}
            value={layoutKind}
            onChange={(event) => {
              const kind = event.target.value === 'mapped' ? 'mapped' : 'cm2000';
              setLayoutKind(kind);
              setChecked(null);
              readHeadings(form.values.csv, kind);
            }}
          />
          <FileField
            formId={form.id}
            errors={form.errors}
            name="csv"
            label="Call monitoring file (CSV)"
            hint="The file is checked first: nothing changes until you confirm"
            accept=".csv,text/csv"
            onFile={chooseFile}
          />
          {layoutKind === 'mapped' && header.data && (
            <MappingTable
              header={header.data}
              mapping={mapping}
              onChange={(heading, field) => {
                setChecked(null);
                setMapping((m) => ({ ...m, [heading]: field }));
              }}
            />
          )}
          <ErrorSummary error={header.error} />
        </GovForm>
      </Panel>
      {checked && (
        <Panel title="Check before recording these times">
          <ErrorSummary error={importer.error} />
          <SummaryList
            items={[
              { key: 'File', value: fileName },
              { key: 'Rows', value: String(checked.report.rows) },
              { key: 'Matched to visits', value: String(checked.report.matched) },
              {
                key: 'Replacing times already recorded',
                value: checked.report.replacing === 0 ? 'None' : String(checked.report.replacing),
              },
              { key: 'Matching no visit (kept to resolve)', value: String(checked.report.unmatched.length) },
            ]}
          />
          {checked.report.unmatched.length > 0 && (
            <DataTable
              label="Rows that match no visit"
              columns={UNMATCHED_COLUMNS}
              rows={checked.report.unmatched}
              rowKey={(r) => String(r.line)}
            />
          )}
          <ConfirmAction
            label="Record these times"
            confirmLabel="Yes, record these times"
            title={`Record the times of ${checked.report.matched} visits from this file?`}
            variant="primary"
            pending={importer.isPending}
            onConfirm={apply}
          >
            <p>Times already recorded for these visits are replaced by the file’s. Pay for the week uses them.</p>
          </ConfirmAction>
        </Panel>
      )}
      <OpenRows />
    </>
  );
}

/** A first guess at each heading's field: the CM2000 heading of that name, else not yet said. */
function guessMapping(header: EcmHeader): Record<string, EcmField> {
  const known = new Map(Object.entries(CM2000_COLUMNS).map(([h, f]) => [h.toLowerCase(), f]));
  return Object.fromEntries(
    header.headings.flatMap(({ heading }) => {
      const field = known.get(heading.trim().toLowerCase());
      return field ? [[heading, field]] : [];
    }),
  );
}

/** Each heading of the file with a few of its values, and what it holds. */
function MappingTable({
  header,
  mapping,
  onChange,
}: {
  header: EcmHeader;
  mapping: Record<string, EcmField>;
  onChange: (heading: string, field: EcmField) => void;
}) {
  return (
    <fieldset className="fieldset">
      <legend>What each column holds</legend>
      {header.headings.map(({ heading, examples }, i) => (
        <SelectField
          key={heading}
          formId="ecm-mapping"
          errors={NO_ERRORS}
          name={`column-${i}`}
          label={`“${heading}”`}
          hint={examples.length > 0 ? `For example: ${examples.filter((e) => e !== '').join('; ')}` : undefined}
          options={FIELDS}
          placeholder="Choose what it holds"
          value={mapping[heading] ?? ''}
          onChange={(event) => {
            const field = FIELDS.find((o) => o.value === event.target.value);
            if (field) onChange(heading, field.value);
          }}
        />
      ))}
    </fieldset>
  );
}

/** The call monitoring rows still to resolve, each opening a panel to attach it to a visit or set it aside. */
function OpenRows() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'actuals.openCallMonitoringRows', {}));
  const [openId, setOpenId] = useState<string | null>(null);
  const rows = query.data?.rows ?? [];
  const open = rows.find((r) => r.id === openId) ?? null;
  return (
    <Panel title="Rows to resolve">
      <QueryState isLoading={query.isLoading} error={query.error} what="the rows to resolve">
        <DataTable
          label="Call monitoring rows to resolve"
          columns={UNMATCHED_COLUMNS}
          rows={rows}
          rowKey={(r) => r.id ?? String(r.line)}
          initialSort={{ key: 'times', direction: 'asc' }}
          onRowOpen={(r) => setOpenId(r.id)}
          empty="Every call monitoring row has been matched or resolved."
        />
      </QueryState>
      {open && <ResolveRowPanel key={open.id} row={open} onDone={() => setOpenId(null)} />}
    </Panel>
  );
}
