import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PAY_BENCHMARK_LABELS, PayBenchmark, formatPence, type PayPolicyView } from '@shared/domain/policy/pay-policy';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { SelectField, TextField, YES_NO_OPTIONS } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, PageHeader, Panel, QueryState, SummaryList } from '@renderer/components/Layout';
import { orNull, useForm } from '@renderer/components/use-form';
import { formatDate } from '@shared/domain/time/format';

const BENCHMARK_OPTIONS = PayBenchmark.options.map((b) => ({ value: b, label: PAY_BENCHMARK_LABELS[b] }));

/** Pay policy as data: benchmark values with effective dates, the branch's floor choice and record settings. */
export function PayPolicyPage() {
  const api = useApi();
  const isManager = useHasRole('manager');
  const query = useQuery(procedureQuery(api, 'policy.payPolicy', {}));
  return (
    <>
      <PageHeader caption="Branch" title="Pay policy" />
      <QueryState isLoading={query.isLoading} error={query.error}>
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
                The floor in force is the higher of the contractual floor and the National Living Wage on the day.
              </p>
            </Panel>
            <Panel title="Benchmark values">
              <table className="simple-table">
                <caption className="visually-hidden">Benchmark values</caption>
                <thead>
                  <tr>
                    <th scope="col">Benchmark</th>
                    <th scope="col">From</th>
                    <th scope="col">Rate</th>
                    <th scope="col">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {query.data.values.map((v) => (
                    <tr key={v.id}>
                      <td>{PAY_BENCHMARK_LABELS[v.benchmark]}</td>
                      <td>{formatDate(v.effectiveFrom)}</td>
                      <td>{formatPence(v.pencePerHour)}</td>
                      <td>{v.note ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {isManager && <AddValueForm />}
            </Panel>
            {isManager && <SettingsForm view={query.data} />}
            {isManager && <RetentionPanel years={query.data.settings.leaverRetentionYears} />}
          </>
        )}
      </QueryState>
    </>
  );
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({
      predicate: (q) => ['policy.', 'compliance.', 'staff.'].some((p) => String(q.queryKey[0]).startsWith(p)),
    });
}

function AddValueForm() {
  const api = useApi();
  const refresh = useRefresh();
  const form = useForm({ benchmark: 'national_living_wage', effectiveFrom: '', pounds: '', note: '' });
  const formId = 'policy-value';
  return (
    <div className="subform">
      <h3>Add a value</h3>
      <GovForm
        formId={formId}
        errors={form.errors}
        pending={form.pending}
        submitLabel="Add the value"
        onSubmit={() =>
          void form.submit(async () => {
            const text = String(form.values.pounds).trim().replace(/^£/, '');
            const pence = /^\d+(\.\d{1,2})?$/.test(text) ? Math.round(Number(text) * 100) : Number.NaN;
            await api.call('policy.addPayValue', {
              benchmark: form.values.benchmark as PayBenchmark,
              effectiveFrom: String(form.values.effectiveFrom),
              pencePerHour: pence,
              note: orNull(form.values.note),
            });
            await refresh();
            form.setValues({ benchmark: form.values.benchmark, effectiveFrom: '', pounds: '', note: '' });
          })
        }
      >
        <SelectField
          formId={formId}
          errors={form.errors}
          label="Benchmark"
          options={BENCHMARK_OPTIONS}
          {...form.bind('benchmark')}
        />
        <TextField
          formId={formId}
          errors={form.errors}
          label="Effective from"
          type="date"
          className="input--narrow"
          {...form.bind('effectiveFrom')}
        />
        <TextField
          formId={formId}
          errors={form.errors}
          label="Rate (£ an hour)"
          inputMode="decimal"
          className="input--narrow"
          {...form.bind('pounds')}
          name="pencePerHour"
        />
        <TextField formId={formId} errors={form.errors} label="Note (optional)" {...form.bind('note')} />
      </GovForm>
    </div>
  );
}

function SettingsForm({ view }: { view: PayPolicyView }) {
  const api = useApi();
  const refresh = useRefresh();
  const s = view.settings;
  const form = useForm({
    contractualFloor: s.contractualFloor,
    inLondon: s.inLondon ? 'yes' : 'no',
    leaverRetentionYears: String(s.leaverRetentionYears),
    rtwWarningDays: String(s.rtwWarningDays),
    dbsWarningDays: String(s.dbsWarningDays),
    referencesRequired: String(s.referencesRequired),
  });
  const formId = 'policy-settings';
  const num = (v: string | boolean | undefined) => (String(v ?? '').trim() === '' ? Number.NaN : Number(v));
  return (
    <Panel title="Branch settings">
      <GovForm
        formId={formId}
        errors={form.errors}
        pending={form.pending}
        submitLabel="Save settings"
        onSubmit={() =>
          void form.submit(async () => {
            await api.call('policy.updateSettings', {
              contractualFloor: form.values.contractualFloor as PayBenchmark,
              inLondon: form.values.inLondon === 'yes',
              leaverRetentionYears: num(form.values.leaverRetentionYears),
              rtwWarningDays: num(form.values.rtwWarningDays),
              dbsWarningDays: num(form.values.dbsWarningDays),
              referencesRequired: num(form.values.referencesRequired),
            });
            await refresh();
          })
        }
      >
        <SelectField
          formId={formId}
          errors={form.errors}
          label="Contractual pay floor"
          hint="Band 3 equivalent by default"
          options={BENCHMARK_OPTIONS}
          {...form.bind('contractualFloor')}
        />
        <SelectField
          formId={formId}
          errors={form.errors}
          label="Branch is in London"
          hint="Charter stage 3 uses the London Living Wage in London"
          options={YES_NO_OPTIONS}
          {...form.bind('inLondon')}
        />
        <TextField
          formId={formId}
          errors={form.errors}
          label="Keep leavers’ records for (years)"
          inputMode="numeric"
          className="input--narrow"
          {...form.bind('leaverRetentionYears')}
        />
        <TextField
          formId={formId}
          errors={form.errors}
          label="Warn of right-to-work expiry (days ahead)"
          inputMode="numeric"
          className="input--narrow"
          {...form.bind('rtwWarningDays')}
        />
        <TextField
          formId={formId}
          errors={form.errors}
          label="Warn of DBS recheck (days ahead)"
          inputMode="numeric"
          className="input--narrow"
          {...form.bind('dbsWarningDays')}
        />
        <TextField
          formId={formId}
          errors={form.errors}
          label="References required"
          inputMode="numeric"
          className="input--narrow"
          {...form.bind('referencesRequired')}
        />
      </GovForm>
    </Panel>
  );
}

function RetentionPanel({ years }: { years: number }) {
  const api = useApi();
  const refresh = useRefresh();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <Panel title="Leavers’ records">
      <p>
        Records of people who left more than {years} years ago are erased: personal details, documents, references and
        reviews go; each erasure is recorded in the audit log.
      </p>
      {message && <Banner tone="success">{message}</Banner>}
      <div className="button-row">
        <Button
          variant="warning"
          disabled={pending}
          onClick={() => {
            setPending(true);
            void api
              .call('staff.applyRetention', {})
              .then(async (result) => {
                setMessage(
                  result.erased === 0
                    ? `Nobody left before ${result.cutoff}: nothing to erase.`
                    : `${result.erased} records of people who left before ${result.cutoff} erased.`,
                );
                await refresh();
              })
              .catch((error: unknown) =>
                setMessage(error instanceof Error ? error.message : 'Could not apply the rule.'),
              )
              .finally(() => setPending(false));
          }}
        >
          Erase records past the retention period
        </Button>
      </div>
    </Panel>
  );
}
