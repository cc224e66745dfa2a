import { useQuery } from '@tanstack/react-query';
import {
  PAY_BENCHMARK_LABELS,
  formatPence,
  type PayPolicyValue,
  type PayPolicyView,
} from '@shared/domain/policy/pay-policy';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { formatDate } from '@shared/domain/time/format';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { SelectField, TextField, YES_NO_OPTIONS } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, PageHeader, Panel, QueryState, SummaryList } from '@renderer/components/Layout';
import { optionsFrom } from '@renderer/components/options';
import { orNull, toNumber, toPence, useProcedureForm } from '@renderer/components/use-form';
import { HolidayPolicyPanel } from './HolidayPolicyPanel';

const BENCHMARK_OPTIONS = optionsFrom(PAY_BENCHMARK_LABELS);

const VALUE_COLUMNS: Column<PayPolicyValue>[] = [
  {
    key: 'benchmark',
    header: 'Benchmark',
    render: (v) => PAY_BENCHMARK_LABELS[v.benchmark],
    sortValue: (v) => [PAY_BENCHMARK_LABELS[v.benchmark], v.effectiveFrom],
  },
  { key: 'from', header: 'From', width: '9em', render: (v) => v.effectiveFrom, sortValue: (v) => v.effectiveFrom },
  {
    key: 'rate',
    header: 'Rate',
    width: '8em',
    render: (v) => formatPence(v.pencePerHour),
    sortValue: (v) => v.pencePerHour,
  },
  { key: 'note', header: 'Note', render: (v) => v.note ?? '' },
];

/** Pay policy as data: benchmark values with effective dates, the branch's floor choice and record settings. */
export function PayPolicyPage() {
  const api = useApi();
  const isManager = useHasRole('manager');
  const query = useQuery(procedureQuery(api, 'policy.payPolicy', {}));
  return (
    <>
      <PageHeader caption="Branch" title="Pay policy" />
      <QueryState isLoading={query.isLoading} error={query.error} what="the pay policy">
        {query.data && (
          <>
            <Panel title="In force today">
              <SummaryList
                items={[
                  {
                    key: 'Pay floor',
                    value:
                      `${formatPence(query.data.floorToday.pencePerHour)} an hour ` +
                      `(${PAY_BENCHMARK_LABELS[query.data.floorToday.source]})`,
                  },
                  {
                    key: 'Contractual floor',
                    value:
                      `${PAY_BENCHMARK_LABELS[query.data.settings.contractualFloor]}: ` +
                      `${formatPence(query.data.floorToday.contractualPence)}`,
                  },
                  { key: 'National Living Wage', value: formatPence(query.data.floorToday.nationalLivingWagePence) },
                  {
                    key: 'Charter stage 3 benchmark',
                    value:
                      `${PAY_BENCHMARK_LABELS[query.data.charterBenchmark]}: ` +
                      `${formatPence(query.data.charterPenceToday)}`,
                  },
                ]}
              />
              <p className="muted">
                The floor in force is the highest of the contractual floor, the statutory minimum for the worker’s age
                (the National Living Wage at 21 and over) and, where the branch commits to it, the Living Wage, each
                from the date it takes effect (the Living Wage from the 1 May after it is announced).
              </p>
            </Panel>
            <Panel title="Benchmark values">
              <DataTable
                label="Benchmark values"
                columns={VALUE_COLUMNS}
                rows={query.data.values}
                rowKey={(v) => v.id}
                initialSort={{ key: 'from', direction: 'desc' }}
                filters={[
                  {
                    key: 'benchmark',
                    label: 'Benchmark',
                    allLabel: 'All benchmarks',
                    options: BENCHMARK_OPTIONS,
                    value: (v) => v.benchmark,
                  },
                ]}
                empty="No values recorded."
              />
              {isManager && <AddValueForm />}
            </Panel>
            {isManager && <SettingsForm view={query.data} />}
            {isManager && <RetentionPanel years={query.data.settings.leaverRetentionYears} />}
            {isManager && <HolidayPolicyPanel />}
          </>
        )}
      </QueryState>
    </>
  );
}

function AddValueForm() {
  const form = useProcedureForm('policy.addPayValue', {
    id: 'policy-value',
    initial: { benchmark: 'national_living_wage', effectiveFrom: '', pounds: '', note: '' },
    toInput: (v) => ({
      benchmark: v.benchmark,
      effectiveFrom: v.effectiveFrom,
      pencePerHour: toPence(v.pounds),
      note: orNull(v.note),
    }),
    resetOnSuccess: true,
    success: 'Value added.',
  });
  return (
    <div className="subform">
      <h3>Add a value</h3>
      <GovForm form={form} submitLabel="Add the value">
        <SelectField label="Benchmark" options={BENCHMARK_OPTIONS} {...form.field('benchmark')} />
        <TextField label="Effective from" type="date" className="input--narrow" {...form.field('effectiveFrom')} />
        <TextField
          label="Rate (£ an hour)"
          inputMode="decimal"
          className="input--narrow"
          {...form.field('pounds', 'pencePerHour')}
        />
        <TextField label="Note (optional)" {...form.field('note')} />
      </GovForm>
    </div>
  );
}

function SettingsForm({ view }: { view: PayPolicyView }) {
  const s = view.settings;
  const form = useProcedureForm('policy.updateSettings', {
    id: 'policy-settings',
    initial: {
      contractualFloor: s.contractualFloor,
      inLondon: s.inLondon ? 'yes' : 'no',
      livingWageCommitted: s.livingWageCommitted ? 'yes' : 'no',
      leaverRetentionYears: String(s.leaverRetentionYears),
      rtwWarningDays: String(s.rtwWarningDays),
      dbsWarningDays: String(s.dbsWarningDays),
      referencesRequired: String(s.referencesRequired),
    },
    toInput: (v) => ({
      contractualFloor: v.contractualFloor,
      inLondon: v.inLondon === 'yes',
      livingWageCommitted: v.livingWageCommitted === 'yes',
      leaverRetentionYears: toNumber(v.leaverRetentionYears),
      rtwWarningDays: toNumber(v.rtwWarningDays),
      dbsWarningDays: toNumber(v.dbsWarningDays),
      referencesRequired: toNumber(v.referencesRequired),
    }),
    success: 'Settings saved.',
  });
  return (
    <Panel title="Branch settings">
      <GovForm form={form} submitLabel="Save settings">
        <SelectField
          label="Contractual pay floor"
          hint="Band 3 equivalent by default"
          options={BENCHMARK_OPTIONS}
          {...form.field('contractualFloor')}
        />
        <SelectField
          label="Branch is in London"
          hint="Charter stage 3 uses the London Living Wage in London"
          options={YES_NO_OPTIONS}
          {...form.field('inLondon')}
        />
        <SelectField
          label="Branch pays at least the Living Wage"
          hint="The London Living Wage in London, the Real Living Wage elsewhere, as part of the pay floor"
          options={YES_NO_OPTIONS}
          {...form.field('livingWageCommitted')}
        />
        <TextField
          label="Keep leavers’ records for (years)"
          inputMode="numeric"
          className="input--narrow"
          {...form.field('leaverRetentionYears')}
        />
        <TextField
          label="Warn of right-to-work expiry (days ahead)"
          inputMode="numeric"
          className="input--narrow"
          {...form.field('rtwWarningDays')}
        />
        <TextField
          label="Warn of DBS recheck (days ahead)"
          inputMode="numeric"
          className="input--narrow"
          {...form.field('dbsWarningDays')}
        />
        <TextField
          label="References required"
          inputMode="numeric"
          className="input--narrow"
          {...form.field('referencesRequired')}
        />
      </GovForm>
    </Panel>
  );
}

function RetentionPanel({ years }: { years: number }) {
  const apply = useProcedureMutation('staff.applyRetention');
  const result = apply.data;
  return (
    <Panel title="Leavers’ records">
      <p>
        Records of people who left more than {years} years ago are erased: personal details, documents, references and
        reviews go; each erasure is recorded in the audit log.
      </p>
      <ErrorSummary error={apply.error} />
      {result && (
        <Banner tone="success">
          {result.erased === 0
            ? `Nobody left before ${formatDate(result.cutoff)}: nothing to erase.`
            : `${result.erased} records of people who left before ${formatDate(result.cutoff)} erased.`}
        </Banner>
      )}
      <div className="button-row">
        <ConfirmAction
          label="Erase records past the retention period"
          title="Erase these records for good?"
          confirmLabel="Yes, erase the records"
          pending={apply.isPending}
          onConfirm={() => apply.mutate({})}
        >
          <p>
            Every record of someone who left more than {years} years ago loses its personal details, documents,
            references and reviews now.
          </p>
        </ConfirmAction>
      </div>
    </Panel>
  );
}
