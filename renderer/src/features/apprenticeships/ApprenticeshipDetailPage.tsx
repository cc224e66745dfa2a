import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { FUNCTIONAL_SKILL_LABELS, type ApprenticeshipDetail } from '@shared/domain/apprenticeships/apprenticeships';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useSession } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField } from '@renderer/components/Field';
import { Banner, PageHeader, Panel, QueryState, SummaryList, Tag } from '@renderer/components/Layout';
import { orNull, toNumber, useProcedureForm } from '@renderer/components/use-form';
import { useToday } from '@renderer/app/use-clock';
import { OtjTag, ReviewTag } from './ApprenticeshipsPage';
import { FUNCTIONAL_SKILL_OPTIONS } from './options';
import '../pathway/pathway.css';
import { formatDate } from '@shared/domain/time/format';

/**
 * One apprenticeship: OTJ planned vs actual and the log, reviews, English and maths, gateway and end-point
 * assessment.
 */
export function ApprenticeshipDetailPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const session = useSession();
  const query = useQuery(procedureQuery(api, 'apprenticeships.get', { id }));
  const a = query.data;
  return (
    <QueryState isLoading={query.isLoading} error={query.error} what="the apprenticeship">
      {a && (
        <>
          <PageHeader
            title={a.name}
            caption={`Apprenticeship · ${a.standard.code} ${a.standard.title} (Level ${a.standard.level})`}
          />
          {a.status !== 'active' && (
            <Banner tone={a.status === 'completed' ? 'success' : 'warning'}>
              {a.status === 'completed'
                ? `Completed on ${a.completedOn ? formatDate(a.completedOn) : ''} (${a.epaResult}). ` +
                  'The qualification is on their record.'
                : 'This apprentice has left the programme.'}
            </Banner>
          )}
          <Panel title="Details">
            <SummaryList
              items={[
                { key: 'Standard', value: `${a.standard.code} ${a.standard.title}, Level ${a.standard.level}` },
                { key: 'Training provider', value: a.providerName },
                { key: 'Start date', value: formatDate(a.startDate) },
                { key: 'Planned end date', value: formatDate(a.plannedEndDate) },
                { key: 'Employer mentor', value: a.mentorName },
                { key: 'Working hours a week', value: String(a.weeklyHours) },
                { key: 'Age at start', value: String(a.ageAtStart) },
                { key: 'Next progress review', value: <ReviewTag row={a} /> },
              ]}
            />
          </Panel>
          <OtjPanel a={a} isApprentice={session.staffId === a.staffId} />
          <ReviewsPanel a={a} />
          <EnglishMaths a={a} />
          <Gateway a={a} />
        </>
      )}
    </QueryState>
  );
}

type Entry = ApprenticeshipDetail['entries'][number];
type ReviewRow = ApprenticeshipDetail['reviews'][number];

function OtjPanel({ a, isApprentice }: { a: ApprenticeshipDetail; isApprentice: boolean }) {
  const otj = a.otj;
  const decide = useProcedureMutation('apprenticeships.decideOtj');
  const today = useToday();
  const form = useProcedureForm('apprenticeships.logOtj', {
    id: 'otj',
    initial: { date: today, hours: '', activity: '', evidence: '' },
    toInput: (v) => ({
      apprenticeshipId: a.id,
      date: v.date,
      hours: toNumber(v.hours),
      activity: v.activity,
      evidence: orNull(v.evidence),
    }),
    resetOnSuccess: true,
    success: 'Hours logged.',
  });
  const pct = (h: number) => `${Math.min(100, (h / Math.max(1, otj.plannedTotal)) * 100)}%`;
  const canLog = a.status === 'active' && (a.canManage || isApprentice);
  const columns: Column<Entry>[] = [
    { key: 'date', header: 'Date', width: '9.5em', render: (e) => formatDate(e.date), sortValue: (e) => e.date },
    { key: 'hours', header: 'Hours', width: '5em', render: (e) => e.hours, sortValue: (e) => e.hours },
    {
      key: 'activity',
      header: 'Activity',
      render: (e) => (e.source === 'training_session' ? `${e.activity} (training session)` : e.activity),
    },
    { key: 'evidence', header: 'Evidence', render: (e) => e.evidence ?? '' },
    {
      key: 'status',
      header: 'Status',
      width: '14em',
      sortValue: (e) => e.status,
      render: (e) =>
        e.status === 'pending' ? (
          a.canApprove ? (
            <span className="button-row">
              <Button
                variant="secondary"
                disabled={decide.isPending}
                onClick={() => decide.mutate({ entryId: e.id, decision: 'approved' })}
                aria-label={`Approve ${e.hours} hours on ${e.date}`}
              >
                Approve
              </Button>
              <Button
                variant="link"
                disabled={decide.isPending}
                onClick={() => decide.mutate({ entryId: e.id, decision: 'rejected' })}
                aria-label={`Reject ${e.hours} hours on ${e.date}`}
              >
                Reject
              </Button>
            </span>
          ) : (
            <Tag tone="amber">Waiting for approval</Tag>
          )
        ) : e.status === 'approved' ? (
          <Tag tone="green">Approved</Tag>
        ) : (
          <Tag tone="grey">Rejected</Tag>
        ),
    },
  ];
  return (
    <Panel title="Off-the-job hours">
      <p>
        <strong>Rule for this start date:</strong> {otj.ruleSummary}. Statutory annual leave is not off-the-job time:
        the planned duration counts as {otj.weeksLessLeave} weeks once 5.6 weeks a year of leave are taken out.
      </p>
      <p>
        <strong>Minimum duration for this start date:</strong> {otj.minimumMonths} months.{' '}
        {otj.meetsMinimumDuration ? (
          <Tag tone="green">Planned end meets it</Tag>
        ) : (
          <Tag tone="red">Planned end is too soon</Tag>
        )}
      </p>
      <p>
        <OtjTag status={otj.status} />{' '}
        {`${otj.actualToDate} approved hours of ${otj.plannedTotal} planned; ${otj.plannedToDate} planned by today.`}
        {otj.pendingHours > 0 && ` ${otj.pendingHours} hours wait for approval.`}
        {otj.status === 'behind' && (
          <strong>{` To catch up: ${otj.catchUpPerWeek} hours a week until ${formatDate(a.plannedEndDate)}.`}</strong>
        )}
      </p>
      <span
        className="meter"
        role="img"
        aria-label={
          `${otj.actualToDate} of ${otj.plannedTotal} hours; ` + `the line marks ${otj.plannedToDate} planned by today`
        }
      >
        <span
          className={`meter__fill${otj.status === 'behind' ? ' meter__fill--behind' : ''}`}
          style={{ width: pct(otj.actualToDate) }}
        />
        <span className="meter__line" style={{ left: pct(otj.plannedToDate) }} />
      </span>
      {canLog && (
        <>
          <h3>Log hours</h3>
          {!a.canManage && <p className="muted">Your mentor or a manager approves the hours you log.</p>}
          <GovForm form={form} submitLabel="Log hours">
            <TextField label="Date" type="date" className="input--narrow" {...form.field('date')} />
            <TextField
              label="Hours"
              hint="In quarter hours, e.g. 2.5"
              inputMode="decimal"
              className="input--narrow"
              {...form.field('hours')}
            />
            <TextField label="Activity" hint="e.g. Diploma unit study with tutor" {...form.field('activity')} />
            <TextField label="Evidence (optional)" {...form.field('evidence')} />
          </GovForm>
        </>
      )}
      <h3>Log</h3>
      <ErrorSummary error={decide.error} />
      <DataTable
        label="Off-the-job log entries"
        columns={columns}
        rows={a.entries}
        rowKey={(e) => e.id}
        initialSort={{ key: 'date', direction: 'desc' }}
        filters={[
          {
            key: 'status',
            label: 'Status',
            allLabel: 'Every entry',
            options: ENTRY_STATUS_OPTIONS,
            value: (e) => e.status,
          },
        ]}
        empty="No hours logged yet."
      />
    </Panel>
  );
}

const ENTRY_STATUS_OPTIONS = [
  { value: 'pending', label: 'Waiting for approval' },
  { value: 'approved', label: 'Approved' },
  { value: 'rejected', label: 'Rejected' },
];

const REVIEW_COLUMNS: Column<ReviewRow>[] = [
  {
    key: 'date',
    header: 'Date',
    width: '9.5em',
    render: (r) => formatDate(r.reviewDate),
    sortValue: (r) => r.reviewDate,
  },
  { key: 'employer', header: 'Employer', render: (r) => r.employerRep },
  { key: 'provider', header: 'Provider', render: (r) => r.providerRep },
  { key: 'progress', header: 'Progress', render: (r) => r.progressSummary },
  { key: 'actions', header: 'Actions agreed', render: (r) => r.actions },
];

function ReviewsPanel({ a }: { a: ApprenticeshipDetail }) {
  const today = useToday();
  const form = useProcedureForm('apprenticeships.recordReview', {
    id: 'review',
    initial: {
      reviewDate: today,
      employerRep: a.mentorName ?? '',
      providerRep: '',
      progressSummary: '',
      actions: '',
      apprenticePresent: true,
    },
    toInput: (v) => ({
      apprenticeshipId: a.id,
      reviewDate: v.reviewDate,
      apprenticePresent: v.apprenticePresent,
      employerRep: v.employerRep,
      providerRep: v.providerRep,
      progressSummary: v.progressSummary,
      actions: v.actions,
    }),
    resetOnSuccess: true,
    success: 'Review recorded.',
  });
  return (
    <Panel title="Progress reviews">
      <p>Reviews are at most 12 weeks apart, with the apprentice, the employer and the training provider.</p>
      <DataTable
        label="Progress reviews"
        columns={REVIEW_COLUMNS}
        rows={a.reviews}
        rowKey={(r) => r.id}
        initialSort={{ key: 'date', direction: 'desc' }}
        empty="No reviews recorded yet."
      />
      {a.canManage && a.status === 'active' && (
        <>
          <h3>Record a review</h3>
          <GovForm
            form={form}
            submitLabel="Record review"
            after={
              <>
                <label className="checkbox">
                  <input type="checkbox" {...form.checkbox('apprenticePresent')} />
                  The apprentice took part
                </label>
                {form.errors.byField.apprenticePresent && (
                  <p className="field__error">{form.errors.byField.apprenticePresent}</p>
                )}
              </>
            }
          >
            <TextField label="Review date" type="date" className="input--narrow" {...form.field('reviewDate')} />
            <TextField label="For the employer" {...form.field('employerRep')} />
            <TextField label="For the training provider" {...form.field('providerRep')} />
            <TextField label="Progress" {...form.field('progressSummary')} />
            <TextField label="Actions agreed" {...form.field('actions')} />
          </GovForm>
        </>
      )}
    </Panel>
  );
}

function EnglishMaths({ a }: { a: ApprenticeshipDetail }) {
  const em = a.englishMaths;
  const form = useProcedureForm('apprenticeships.setFunctionalSkills', {
    id: 'skills',
    initial: { englishStatus: em.englishStatus, mathsStatus: em.mathsStatus },
    toInput: (v) => ({ apprenticeshipId: a.id, englishStatus: v.englishStatus, mathsStatus: v.mathsStatus }),
    success: 'English and maths saved.',
  });
  return (
    <Panel title="English and maths">
      <p>
        {em.requirement === 'required'
          ? `Required: Level ${em.targetLevel} English and maths (aged ${a.ageAtStart} at start).`
          : `Optional: aged ${a.ageAtStart} at start (19 or over), so ` +
            `English and maths are taken only if agreed in the training plan.`}
      </p>
      {a.canManage && a.status === 'active' ? (
        <GovForm form={form} submitLabel="Save English and maths" submitVariant="secondary">
          <SelectField label="English" options={FUNCTIONAL_SKILL_OPTIONS} {...form.field('englishStatus')} />
          <SelectField label="Maths" options={FUNCTIONAL_SKILL_OPTIONS} {...form.field('mathsStatus')} />
        </GovForm>
      ) : (
        <SummaryList
          items={[
            { key: 'English', value: FUNCTIONAL_SKILL_LABELS[em.englishStatus] },
            { key: 'Maths', value: FUNCTIONAL_SKILL_LABELS[em.mathsStatus] },
          ]}
        />
      )}
    </Panel>
  );
}

const RESULT_OPTIONS = [
  { value: 'fail', label: 'Fail' },
  { value: 'pass', label: 'Pass' },
  { value: 'merit', label: 'Merit' },
  { value: 'distinction', label: 'Distinction' },
] as const;

function Gateway({ a }: { a: ApprenticeshipDetail }) {
  const tick = useProcedureMutation('apprenticeships.setGatewayItem');
  const withdraw = useProcedureMutation('apprenticeships.withdraw');
  const today = useToday();
  const form = useProcedureForm('apprenticeships.recordEpa', {
    id: 'epa',
    initial: { epaDate: today, result: '', overrideReason: '' },
    toInput: (v) => ({
      apprenticeshipId: a.id,
      epaDate: v.epaDate,
      result: v.result,
      overrideReason: orNull(v.overrideReason),
    }),
  });
  const manage = a.canManage && a.status === 'active';
  return (
    <Panel title="Gateway and end-point assessment">
      <p>
        {a.gatewayReady ? (
          <Tag tone="green">Ready for gateway</Tag>
        ) : (
          <Tag tone="grey">{`${a.gateway.filter((g) => g.met).length} of ${a.gateway.length} gateway items met`}</Tag>
        )}
      </p>
      <ErrorSummary error={tick.error ?? withdraw.error} />
      <ul className="checklist" aria-label="Gateway checklist">
        {a.gateway.map((g) => (
          <li key={g.key} className="checklist__item">
            <span>{g.met ? <Tag tone="green">Met</Tag> : <Tag tone="amber">Not yet</Tag>}</span>
            <span>
              <span className="checklist__label">{g.label}</span>
              <span className="checklist__detail">{g.detail}</span>
              {manage && g.manual && (
                <Button
                  variant="link"
                  onClick={() => tick.mutate({ apprenticeshipId: a.id, key: g.key, doneOn: g.met ? null : today })}
                  aria-label={`${g.met ? 'Clear' : 'Mark done'}: ${g.label}`}
                >
                  {g.met ? 'Clear' : 'Mark done today'}
                </Button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {a.epaResult && <p>{`End-point assessment ${a.epaDate ? formatDate(a.epaDate) : ''}: ${a.epaResult}.`}</p>}
      {manage && (
        <>
          <h3>Record the end-point assessment</h3>
          <GovForm form={form} submitLabel="Record result">
            <TextField label="Assessment date" type="date" className="input--narrow" {...form.field('epaDate')} />
            <SelectField
              label="Result"
              options={RESULT_OPTIONS}
              placeholder="Choose the result"
              {...form.field('result')}
            />
            <TextField label="Reason (only if the gateway checklist is incomplete)" {...form.field('overrideReason')} />
          </GovForm>
          <div className="button-row">
            <ConfirmAction
              label="Record that they left the programme"
              confirmLabel="Yes, they have left"
              title="They leave the programme for good."
              pending={withdraw.isPending}
              onConfirm={() => withdraw.mutate({ id: a.id })}
            >
              <p>The apprenticeship ends as withdrawn: no more hours, reviews or assessment can be recorded for it.</p>
            </ConfirmAction>
          </div>
        </>
      )}
    </Panel>
  );
}
