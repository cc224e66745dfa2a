import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  ESTABLISHMENT_TYPES,
  SERVICES,
  TRAVEL_TIME_ANSWERS,
  type WorkplaceDetails,
} from '@shared/domain/ascwds/workplace';
import type { AscwdsExportResult } from '@shared/domain/ascwds/export';

type AscwdsProblem = AscwdsExportResult['problems'][number];
import { jobRoleLabel } from '@shared/domain/staff/job-roles';
import { ApiError } from '@renderer/api/api-client';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { SelectField, TextField, YES_NO_OPTIONS } from '@renderer/components/Field';
import { downloadText } from '@renderer/components/files';
import { NO_ERRORS } from '@renderer/components/form-errors';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, PageHeader, Panel, QueryError, QueryState, Tag } from '@renderer/components/Layout';
import type { Option } from '@renderer/components/options';
import { toNumber, useProcedureForm } from '@renderer/components/use-form';
import { ReauthForm } from './Sections';

const VACANCY_ROLES = [8, 52, 7, 45, 40, 43, 25];
const YES_NO_UNKNOWN = [...YES_NO_OPTIONS, { value: 'unknown', label: 'Do not know' }];
const FILE_OPTIONS = ['workplace', 'staff', 'training'].map((file) => ({ value: file, label: file }));
const SEVERITY_OPTIONS = [
  { value: 'error', label: 'Errors' },
  { value: 'warning', label: 'Warnings' },
];

/** The branch as an ASC-WDS workplace, its partner providers, and the ASC-WDS bulk-upload export. */
export function WorkplacePage() {
  const api = useApi();
  const workplace = useQuery(procedureQuery(api, 'workplace.get', {}));
  return (
    <>
      <PageHeader caption="Branch" title="Workplace and ASC-WDS" />
      <QueryState isLoading={workplace.isLoading} error={workplace.error} what="the workplace details">
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
  const vacancy = (role: number) => String(existing.vacancies.find((v) => v.jobRole === role)?.count ?? 0);
  const initial: Record<string, string | boolean> = {
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
  };
  const num = (x: unknown) => (String(x ?? '').trim() === '' ? null : toNumber(String(x)));
  const yn = (x: unknown) => (x === '' ? null : x === 'yes');
  const form = useProcedureForm('workplace.update', {
    id: 'workplace',
    initial,
    toInput: (v) => ({
      ...existing,
      localEstId: String(v.localEstId),
      name: String(v.name),
      address1: String(v.address1),
      address2: String(v.address2),
      address3: String(v.address3),
      postTown: String(v.postTown),
      postcode: String(v.postcode),
      establishmentType: toNumber(String(v.establishmentType)),
      otherType: String(v.otherType),
      cqcRegulated: v.cqcRegulated === 'yes',
      cqcProviderId: String(v.cqcProviderId),
      cqcLocationId: String(v.cqcLocationId),
      shareWithCqc: v.shareWithCqc === 'yes',
      shareWithLocalAuthority: v.shareWithLocalAuthority === 'yes',
      mainService: toNumber(String(v.mainService)),
      otherServices: SERVICES.filter((s) => v[`service${s.code}`] === true && s.code !== Number(v.mainService)).map(
        (s) => s.code,
      ),
      peopleSupported: num(v.peopleSupported),
      vacancies: [
        ...existing.vacancies.filter((x) => !VACANCY_ROLES.includes(x.jobRole)),
        ...VACANCY_ROLES.map((r) => ({ jobRole: r, count: num(v[`vacancy${r}`]) ?? 0 })).filter((x) => x.count !== 0),
      ],
      sickPay: String(v.sickPay),
      pension: String(v.pension),
      pensionContributionPercent: num(v.pensionContributionPercent),
      holidayDays: num(v.holidayDays),
      travelTime: toNumber(String(v.travelTime)),
      concernsProcedure: yn(v.concernsProcedure),
      trainingInPaidTime: yn(v.trainingInPaidTime),
      coworkerMeetings: yn(v.coworkerMeetings),
    }),
    success: 'Workplace details saved.',
  });
  const text = (name: string, label: string, hint?: string, narrow = false) => (
    <TextField label={label} hint={hint} className={narrow ? 'input--narrow' : undefined} {...form.field(name)} />
  );
  const select = (name: string, label: string, options: readonly Option[], hint?: string, placeholder?: string) => (
    <SelectField label={label} hint={hint} options={options} placeholder={placeholder} {...form.field(name)} />
  );
  return (
    // The panel that follows on the page has no top margin, so this keeps the gap below the Save button.
    <div style={{ marginBottom: 'var(--space-5)' }}>
      <GovForm form={form} submitLabel="Save workplace details" grid={false}>
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
                <input type="checkbox" {...form.checkbox(`service${s.code}`)} /> {s.label}
              </label>
            ))}
          </fieldset>
          <fieldset className="fieldset">
            <legend>Vacancies by job role</legend>
            <div className="form-grid">
              {VACANCY_ROLES.map((r) => (
                <TextField
                  key={r}
                  label={jobRoleLabel(r)}
                  inputMode="numeric"
                  className="input--narrow"
                  {...form.field(`vacancy${r}`)}
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
  const employers = useQuery(procedureQuery(api, 'workplace.employers', {}));
  const form = useProcedureForm('workplace.addPartner', {
    id: 'partner',
    initial: { name: '' },
    toInput: (v) => ({ name: v.name }),
    resetOnSuccess: true,
    success: 'Partner provider added.',
  });
  return (
    <Panel title="Family of providers">
      <QueryError error={employers.error} what="the providers" />
      <ul>
        {(employers.data ?? []).map((e) => (
          <li key={e.id ?? 'lead'}>
            {e.name} {e.lead && <Tag>Lead provider</Tag>}
          </li>
        ))}
      </ul>
      <GovForm form={form} submitLabel="Add the partner" grid={false}>
        <TextField label="Add a partner provider" {...form.field('name')} />
      </GovForm>
    </Panel>
  );
}

const PROBLEM_COLUMNS: Column<AscwdsProblem>[] = [
  { key: 'file', header: 'File', width: '8em', render: (p) => p.file, sortValue: (p) => p.file },
  {
    key: 'record',
    header: 'Record',
    render: (p) => (p.staffId ? <Link to={`/staff/${p.staffId}`}>{p.record}</Link> : p.record),
    sortValue: (p) => p.record,
  },
  {
    key: 'column',
    header: 'Column',
    render: (p) => <span className="mono">{p.column}</span>,
    sortValue: (p) => p.column,
  },
  {
    key: 'problem',
    header: 'Problem',
    render: (p) => (
      <>
        <Tag tone={p.severity === 'error' ? 'red' : 'amber'}>{p.severity}</Tag> {p.message}
      </>
    ),
    sortValue: (p) => [p.severity, p.message],
  },
];

function ExportPanel() {
  const api = useApi();
  const employers = useQuery(procedureQuery(api, 'workplace.employers', {}));
  const [employer, setEmployer] = useState('');
  const employerId = employer === '' ? null : employer;
  const preview = useQuery(procedureQuery(api, 'ascwds.preview', { employerId }));
  const exporting = useProcedureMutation('ascwds.export');
  const needReauth = exporting.error instanceof ApiError && exporting.error.reason === 'reauth_required';
  const run = () =>
    exporting.mutate(
      { employerId },
      {
        onSuccess: (out) => {
          if (!out.files) return;
          downloadText('workplace.csv', out.files.workplace);
          downloadText('staff.csv', out.files.staff);
          downloadText('training.csv', out.files.training);
        },
      },
    );
  const result = exporting.data;
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
          errors={NO_ERRORS}
          label="Employer"
          options={(employers.data ?? []).map((e) => ({
            value: e.id ?? '',
            label: e.lead ? `${e.name} (lead provider)` : e.name,
          }))}
          value={employer}
          onChange={(event) => {
            setEmployer(event.target.value);
            exporting.reset();
          }}
        />
      </div>
      <QueryError error={preview.error} what="the check of the files" />
      {!needReauth && <ErrorSummary error={exporting.error} />}
      {shown && (
        <>
          <p>
            {shown.workers} workers ({shown.newWorkers} never exported: STATUS NEW), {shown.trainingRecords} training
            records. {shown.errors} errors, {shown.warnings} warnings.
          </p>
          {shown.problems.length > 0 && (
            <DataTable
              label="Records ASC-WDS would reject or warn about"
              columns={PROBLEM_COLUMNS}
              rows={shown.problems}
              rowKey={(p) => `${p.file}|${p.record}|${p.column}|${p.message}`}
              search={{ label: 'Search by record or problem', text: (p) => `${p.record} ${p.column} ${p.message}` }}
              filters={[
                { key: 'file', label: 'File', allLabel: 'All files', options: FILE_OPTIONS, value: (p) => p.file },
                {
                  key: 'severity',
                  label: 'Severity',
                  allLabel: 'Errors and warnings',
                  options: SEVERITY_OPTIONS,
                  value: (p) => p.severity,
                },
              ]}
            />
          )}
          {result?.files && (
            <Banner tone="success">Exported: workplace.csv, staff.csv and training.csv downloaded.</Banner>
          )}
        </>
      )}
      {needReauth ? (
        <ReauthForm onConfirmed={run} />
      ) : (
        <div className="button-row">
          <Button disabled={!preview.data || preview.data.errors > 0 || exporting.isPending} onClick={run}>
            Export the ASC-WDS files
          </Button>
        </div>
      )}
    </Panel>
  );
}
