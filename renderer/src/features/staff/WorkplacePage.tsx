import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  ESTABLISHMENT_TYPES,
  SERVICES,
  TRAVEL_TIME_ANSWERS,
  type WorkplaceDetails,
} from '@shared/domain/ascwds/workplace';
import type { AscwdsExportResult } from '@shared/domain/ascwds/export';
import { jobRoleLabel } from '@shared/domain/staff/job-roles';
import { ApiError } from '@renderer/api/api-client';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { SelectField, TextField, YES_NO_OPTIONS } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, PageHeader, Panel, QueryState, Tag } from '@renderer/components/Layout';
import { useForm } from '@renderer/components/use-form';
import { downloadText } from './download';
import { ReauthForm } from './Sections';

const VACANCY_ROLES = [8, 52, 7, 45, 40, 43, 25];
const YES_NO_UNKNOWN = [...YES_NO_OPTIONS, { value: 'unknown', label: 'Do not know' }];

/** The branch as an ASC-WDS workplace, its partner providers, and the ASC-WDS bulk-upload export. */
export function WorkplacePage() {
  const api = useApi();
  const workplace = useQuery(procedureQuery(api, 'workplace.get', {}));
  return (
    <>
      <PageHeader caption="Branch" title="Workplace and ASC-WDS" />
      <QueryState isLoading={workplace.isLoading} error={workplace.error}>
        {workplace.data && <WorkplaceForm existing={workplace.data} />}
      </QueryState>
      <PartnersPanel />
      <ExportPanel />
    </>
  );
}

function bool(v: boolean | null): string {
  return v === null ? '' : v ? 'yes' : 'no';
}

function WorkplaceForm({ existing }: { existing: WorkplaceDetails }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const vacancy = (role: number) => String(existing.vacancies.find((v) => v.jobRole === role)?.count ?? 0);
  const form = useForm<Record<string, string | boolean>>({
    localEstId: existing.localEstId,
    name: existing.name,
    address1: existing.address1,
    address2: existing.address2,
    address3: existing.address3,
    postTown: existing.postTown,
    postcode: existing.postcode,
    establishmentType: String(existing.establishmentType),
    otherType: existing.otherType,
    cqcRegulated: bool(existing.cqcRegulated),
    cqcProviderId: existing.cqcProviderId,
    cqcLocationId: existing.cqcLocationId,
    shareWithCqc: bool(existing.shareWithCqc),
    shareWithLocalAuthority: bool(existing.shareWithLocalAuthority),
    mainService: String(existing.mainService),
    peopleSupported: existing.peopleSupported === null ? '' : String(existing.peopleSupported),
    sickPay: existing.sickPay,
    pension: existing.pension,
    pensionContributionPercent:
      existing.pensionContributionPercent === null ? '' : String(existing.pensionContributionPercent),
    holidayDays: existing.holidayDays === null ? '' : String(existing.holidayDays),
    travelTime: String(existing.travelTime),
    concernsProcedure: bool(existing.concernsProcedure),
    trainingInPaidTime: bool(existing.trainingInPaidTime),
    coworkerMeetings: bool(existing.coworkerMeetings),
    ...Object.fromEntries(VACANCY_ROLES.map((r) => [`vacancy${r}`, vacancy(r)])),
    ...Object.fromEntries(SERVICES.map((s) => [`service${s.code}`, existing.otherServices.includes(s.code)])),
  });
  const v = form.values;
  const formId = 'workplace';
  const num = (x: unknown) => (String(x ?? '').trim() === '' ? null : Number(x));
  const yn = (x: unknown) => (x === '' ? null : x === 'yes');
  const save = () =>
    form.submit(async () => {
      setSaved(false);
      const details: WorkplaceDetails = {
        ...existing,
        localEstId: String(v.localEstId),
        name: String(v.name),
        address1: String(v.address1),
        address2: String(v.address2),
        address3: String(v.address3),
        postTown: String(v.postTown),
        postcode: String(v.postcode),
        establishmentType: Number(v.establishmentType),
        otherType: String(v.otherType),
        cqcRegulated: v.cqcRegulated === 'yes',
        cqcProviderId: String(v.cqcProviderId),
        cqcLocationId: String(v.cqcLocationId),
        shareWithCqc: v.shareWithCqc === 'yes',
        shareWithLocalAuthority: v.shareWithLocalAuthority === 'yes',
        mainService: Number(v.mainService),
        otherServices: SERVICES.filter((s) => v[`service${s.code}`] === true && s.code !== Number(v.mainService)).map(
          (s) => s.code,
        ),
        peopleSupported: num(v.peopleSupported),
        vacancies: [
          ...existing.vacancies.filter((x) => !VACANCY_ROLES.includes(x.jobRole)),
          ...VACANCY_ROLES.map((r) => ({ jobRole: r, count: num(v[`vacancy${r}`]) ?? 0 })).filter((x) => x.count !== 0),
        ],
        sickPay: v.sickPay as WorkplaceDetails['sickPay'],
        pension: v.pension as WorkplaceDetails['pension'],
        pensionContributionPercent: num(v.pensionContributionPercent),
        holidayDays: num(v.holidayDays),
        travelTime: Number(v.travelTime),
        concernsProcedure: yn(v.concernsProcedure),
        trainingInPaidTime: yn(v.trainingInPaidTime),
        coworkerMeetings: yn(v.coworkerMeetings),
      };
      await api.call('workplace.update', details);
      await queryClient.invalidateQueries({
        predicate: (q) => ['workplace.', 'ascwds.', 'compliance.'].some((p) => String(q.queryKey[0]).startsWith(p)),
      });
      setSaved(true);
    });
  const text = (name: string, label: string, hint?: string, narrow = false) => (
    <TextField
      formId={formId}
      errors={form.errors}
      label={label}
      hint={hint}
      className={narrow ? 'input--narrow' : undefined}
      {...form.bind(name)}
    />
  );
  const select = (
    name: string,
    label: string,
    options: readonly { value: string; label: string }[],
    hint?: string,
    placeholder?: string,
  ) => (
    <SelectField
      formId={formId}
      errors={form.errors}
      label={label}
      hint={hint}
      options={options}
      placeholder={placeholder}
      {...form.bind(name)}
    />
  );
  return (
    // The panel that follows on the page has no top margin, so this keeps the gap below the Save button.
    <div style={{ marginBottom: 'var(--space-5)' }}>
      <GovForm
        formId={formId}
        errors={form.errors}
        pending={form.pending}
        submitLabel="Save workplace details"
        grid={false}
        onSubmit={() => void save()}
      >
        {saved && <Banner tone="success">Workplace details saved.</Banner>}
        <Panel title="Workplace">
          <div className="form-grid">
            {text('localEstId', 'Workplace reference', 'ASC-WDS LOCALESTID', true)}
            {text('name', 'Workplace name')}
            {text('address1', 'Address line 1')}
            {text('address2', 'Address line 2 (optional)')}
            {text('address3', 'Address line 3 (optional)')}
            {text('postTown', 'Town')}
            {text('postcode', 'Postcode', undefined, true)}
            {select(
              'establishmentType',
              'Establishment type',
              ESTABLISHMENT_TYPES.map((e) => ({ value: String(e.code), label: e.label })),
            )}
            {text('otherType', 'Other type (if Other)')}
            {select('cqcRegulated', 'Regulated by CQC', YES_NO_OPTIONS)}
            {text('cqcProviderId', 'CQC provider id', 'Like 1-123456789', true)}
            {text('cqcLocationId', 'CQC location id', 'Like 1-123456789', true)}
            {select('shareWithCqc', 'Share data with CQC', YES_NO_OPTIONS)}
            {select('shareWithLocalAuthority', 'Share data with the local authority', YES_NO_OPTIONS)}
          </div>
        </Panel>
        <Panel title="Services and capacity">
          <div className="form-grid">
            {select(
              'mainService',
              'Main service',
              SERVICES.map((s) => ({ value: String(s.code), label: s.label })),
            )}
            {text('peopleSupported', 'People supported now', 'ASC-WDS utilisation of the main service', true)}
          </div>
          <fieldset className="fieldset">
            <legend>Other services</legend>
            {SERVICES.map((s) => (
              <label key={s.code} className="checkbox">
                <input type="checkbox" {...form.bindCheckbox(`service${s.code}`)} /> {s.label}
              </label>
            ))}
          </fieldset>
          <fieldset className="fieldset">
            <legend>Vacancies by job role</legend>
            <div className="form-grid">
              {VACANCY_ROLES.map((r) => (
                <TextField
                  key={r}
                  formId={formId}
                  errors={form.errors}
                  label={jobRoleLabel(r)}
                  inputMode="numeric"
                  className="input--narrow"
                  {...form.bind(`vacancy${r}`)}
                />
              ))}
            </div>
          </fieldset>
          <p className="muted">
            Starters and leavers by role and leaving reasons are counted from the staff records for the export.
          </p>
        </Panel>
        <Panel title="Pay and conditions">
          <div className="form-grid">
            {select('sickPay', 'Care workers get more than Statutory Sick Pay', YES_NO_UNKNOWN)}
            {select('pension', 'Employer pension contribution above the minimum', YES_NO_UNKNOWN)}
            {text('pensionContributionPercent', 'Employer contribution (%)', 'If yes: above 3, at most 100', true)}
            {text('holidayDays', 'Holiday days a year', undefined, true)}
            {select(
              'travelTime',
              'Pay for travel time between visits',
              TRAVEL_TIME_ANSWERS.map((t) => ({ value: String(t.code), label: t.label })),
            )}
          </div>
        </Panel>
        <Panel title="Ethical Care Charter declarations">
          <div className="form-grid">
            {select(
              'concernsProcedure',
              'Clear procedure for staff concerns about clients’ wellbeing',
              YES_NO_OPTIONS,
              undefined,
              'Not answered',
            )}
            {select(
              'trainingInPaidTime',
              'Training is free and in paid work time',
              YES_NO_OPTIONS,
              undefined,
              'Not answered',
            )}
            {select('coworkerMeetings', 'Workers regularly meet co-workers', YES_NO_OPTIONS, undefined, 'Not answered')}
          </div>
          <p>
            <Link to="/charter">See the Charter checklist</Link>
          </p>
        </Panel>
      </GovForm>
    </div>
  );
}

function PartnersPanel() {
  const api = useApi();
  const queryClient = useQueryClient();
  const employers = useQuery(procedureQuery(api, 'workplace.employers', {}));
  const form = useForm({ name: '' });
  const formId = 'partner';
  return (
    <Panel title="Family of providers">
      <ul>
        {(employers.data ?? []).map((e) => (
          <li key={e.id ?? 'lead'}>
            {e.name} {e.lead && <Tag>Lead provider</Tag>}
          </li>
        ))}
      </ul>
      <GovForm
        formId={formId}
        errors={form.errors}
        pending={form.pending}
        submitLabel="Add the partner"
        grid={false}
        onSubmit={() =>
          void form.submit(async () => {
            await api.call('workplace.addPartner', { name: String(form.values.name) });
            await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('workplace.') });
            form.setValues({ name: '' });
          })
        }
      >
        <TextField formId={formId} errors={form.errors} label="Add a partner provider" {...form.bind('name')} />
      </GovForm>
    </Panel>
  );
}

function ExportPanel() {
  const api = useApi();
  const employers = useQuery(procedureQuery(api, 'workplace.employers', {}));
  const [employer, setEmployer] = useState('');
  const employerId = employer === '' ? null : employer;
  const preview = useQuery(procedureQuery(api, 'ascwds.preview', { employerId }));
  const [needReauth, setNeedReauth] = useState(false);
  const [result, setResult] = useState<AscwdsExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setError(null);
    try {
      const out = await api.call('ascwds.export', { employerId });
      setResult(out);
      if (out.files) {
        downloadText('workplace.csv', out.files.workplace);
        downloadText('staff.csv', out.files.staff);
        downloadText('training.csv', out.files.training);
      }
      await preview.refetch();
    } catch (e) {
      if (e instanceof ApiError && e.reason === 'reauth_required') setNeedReauth(true);
      else setError(e instanceof Error ? e.message : 'The export failed.');
    }
  };
  const shown = result ?? preview.data ?? null;
  return (
    <Panel title="ASC-WDS bulk upload">
      <p>
        Exports the workplace, staff and training files in the ASC-WDS column order and codes, checked against the
        ASC-WDS rules first. Staff of partner providers belong to their own employer’s account.
      </p>
      <div className="filter-bar">
        <SelectField
          formId="export"
          name="employer"
          errors={{ summary: [], byField: {}, general: null }}
          label="Employer"
          options={(employers.data ?? []).map((e) => ({
            value: e.id ?? '',
            label: e.lead ? `${e.name} (lead provider)` : e.name,
          }))}
          value={employer}
          onChange={(event) => {
            setEmployer(event.target.value);
            setResult(null);
          }}
        />
      </div>
      {error && <Banner tone="error">{error}</Banner>}
      {shown && (
        <>
          <p>
            {shown.workers} workers ({shown.newWorkers} never exported: STATUS NEW), {shown.trainingRecords} training
            records. {shown.errors} errors, {shown.warnings} warnings.
          </p>
          {shown.problems.length > 0 && (
            <table className="simple-table">
              <caption>Records ASC-WDS would reject or warn about</caption>
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Record</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {shown.problems.slice(0, 200).map((p, i) => (
                  <tr key={i}>
                    <td>{p.file}</td>
                    <td>{p.staffId ? <Link to={`/staff/${p.staffId}`}>{p.record}</Link> : p.record}</td>
                    <td className="mono">{p.column}</td>
                    <td>
                      <Tag tone={p.severity === 'error' ? 'red' : 'amber'}>{p.severity}</Tag> {p.message}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {result?.files && (
            <Banner tone="success">Exported: workplace.csv, staff.csv and training.csv downloaded.</Banner>
          )}
        </>
      )}
      {needReauth ? (
        <ReauthForm
          onConfirmed={() => {
            setNeedReauth(false);
            void run();
          }}
        />
      ) : (
        <div className="button-row">
          <Button disabled={!preview.data || preview.data.errors > 0} onClick={() => void run()}>
            Export the ASC-WDS files
          </Button>
        </div>
      )}
    </Panel>
  );
}
