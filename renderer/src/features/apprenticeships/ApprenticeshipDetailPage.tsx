import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import {
  FUNCTIONAL_SKILL_LABELS,
  type ApprenticeshipDetail,
  type EpaResult,
} from '@shared/domain/apprenticeships/apprenticeships';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useSession } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField } from '@renderer/components/Field';
import { Banner, PageHeader, Panel, QueryState, SummaryList, Tag } from '@renderer/components/Layout';
import { orNull, useForm } from '@renderer/components/use-form';
import { useToday } from '@renderer/app/use-clock';
import { formatDate } from '@shared/domain/time/format';
import { OtjTag, ReviewTag } from './ApprenticeshipsPage';
import '../pathway/pathway.css';

const SKILL_OPTIONS = Object.entries(FUNCTIONAL_SKILL_LABELS).map(([value, label]) => ({ value, label }));

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
    <QueryState isLoading={query.isLoading} error={query.error}>
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

function OtjPanel({ a, isApprentice }: { a: ApprenticeshipDetail; isApprentice: boolean }) {
  const otj = a.otj;
  const decide = useProcedureMutation('apprenticeships.decideOtj', ['apprenticeships']);
  const log = useProcedureMutation('apprenticeships.logOtj', ['apprenticeships']);
  const FORM = 'otj';
  const today = useToday();
  const form = useForm({ date: today, hours: '', activity: '', evidence: '' });
  const pct = (h: number) => `${Math.min(100, (h / Math.max(1, otj.plannedTotal)) * 100)}%`;
  const canLog = a.status === 'active' && (a.canManage || isApprentice);
  return (
    <Panel title="Off-the-job hours">
      <p>
        <strong>Rule for this start date:</strong> {otj.ruleSummary}.
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
          {log.isSuccess && <Banner tone="success">Hours logged.</Banner>}
          <GovForm
            formId={FORM}
            errors={form.errors}
            pending={form.pending}
            submitLabel="Log hours"
            onSubmit={() =>
              void form.submit(async () => {
                const v = form.values;
                await log.mutateAsync({
                  apprenticeshipId: a.id,
                  date: String(v.date),
                  hours: v.hours === '' ? Number.NaN : Number(v.hours),
                  activity: String(v.activity),
                  evidence: orNull(v.evidence),
                });
                form.setValues({ date: today, hours: '', activity: '', evidence: '' });
              })
            }
          >
            <TextField
              formId={FORM}
              errors={form.errors}
              label="Date"
              type="date"
              className="input--narrow"
              {...form.bind('date')}
            />
            <TextField
              formId={FORM}
              errors={form.errors}
              label="Hours"
              hint="In quarter hours, e.g. 2.5"
              inputMode="decimal"
              className="input--narrow"
              {...form.bind('hours')}
            />
            <TextField
              formId={FORM}
              errors={form.errors}
              label="Activity"
              hint="e.g. Diploma unit study with tutor"
              {...form.bind('activity')}
            />
            <TextField formId={FORM} errors={form.errors} label="Evidence (optional)" {...form.bind('evidence')} />
          </GovForm>
        </>
      )}
      {decide.error && <Banner tone="error">{decide.error.message}</Banner>}
      <h3>Log</h3>
      {a.entries.length === 0 ? (
        <p>No hours logged yet.</p>
      ) : (
        <div
          style={{ maxHeight: 360, overflow: 'auto' }}
          tabIndex={0}
          role="region"
          aria-label="Off-the-job log entries"
        >
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Hours</th>
                <th scope="col">Activity</th>
                <th scope="col">Evidence</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {a.entries.map((e) => (
                <tr key={e.id}>
                  <td>{formatDate(e.date)}</td>
                  <td>{e.hours}</td>
                  <td>{e.source === 'training_session' ? `${e.activity} (training session)` : e.activity}</td>
                  <td>{e.evidence ?? ''}</td>
                  <td>
                    {e.status === 'pending' ? (
                      a.canApprove ? (
                        <span className="button-row">
                          <Button
                            variant="secondary"
                            onClick={() => decide.mutate({ entryId: e.id, decision: 'approved' })}
                            aria-label={`Approve ${e.hours} hours on ${formatDate(e.date)}`}
                          >
                            Approve
                          </Button>
                          <Button
                            variant="link"
                            onClick={() => decide.mutate({ entryId: e.id, decision: 'rejected' })}
                            aria-label={`Reject ${e.hours} hours on ${formatDate(e.date)}`}
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
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}

function ReviewsPanel({ a }: { a: ApprenticeshipDetail }) {
  const record = useProcedureMutation('apprenticeships.recordReview', ['apprenticeships']);
  const FORM = 'review';
  const today = useToday();
  const blank = {
    reviewDate: today,
    employerRep: a.mentorName ?? '',
    providerRep: '',
    progressSummary: '',
    actions: '',
    apprenticePresent: true,
  };
  const form = useForm(blank);
  return (
    <Panel title="Progress reviews">
      <p>Reviews are at most 12 weeks apart, with the apprentice, the employer and the training provider.</p>
      {a.reviews.length === 0 ? (
        <p>No reviews recorded yet.</p>
      ) : (
        <table className="simple-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Employer</th>
              <th scope="col">Provider</th>
              <th scope="col">Progress</th>
              <th scope="col">Actions agreed</th>
            </tr>
          </thead>
          <tbody>
            {a.reviews.map((r) => (
              <tr key={r.id}>
                <td>{formatDate(r.reviewDate)}</td>
                <td>{r.employerRep}</td>
                <td>{r.providerRep}</td>
                <td>{r.progressSummary}</td>
                <td>{r.actions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {a.canManage && a.status === 'active' && (
        <>
          <h3>Record a review</h3>
          <GovForm
            formId={FORM}
            errors={form.errors}
            pending={form.pending}
            submitLabel="Record review"
            onSubmit={() =>
              void form.submit(async () => {
                const v = form.values;
                await record.mutateAsync({
                  apprenticeshipId: a.id,
                  reviewDate: String(v.reviewDate),
                  apprenticePresent: v.apprenticePresent === true,
                  employerRep: String(v.employerRep),
                  providerRep: String(v.providerRep),
                  progressSummary: String(v.progressSummary),
                  actions: String(v.actions),
                });
                form.setValues(blank);
              })
            }
            after={
              <>
                <label className="checkbox">
                  <input type="checkbox" {...form.bindCheckbox('apprenticePresent')} />
                  The apprentice took part
                </label>
                {form.errors.byField.apprenticePresent && (
                  <p className="field__error">{form.errors.byField.apprenticePresent}</p>
                )}
              </>
            }
          >
            <TextField
              formId={FORM}
              errors={form.errors}
              label="Review date"
              type="date"
              className="input--narrow"
              {...form.bind('reviewDate')}
            />
            <TextField formId={FORM} errors={form.errors} label="For the employer" {...form.bind('employerRep')} />
            <TextField
              formId={FORM}
              errors={form.errors}
              label="For the training provider"
              {...form.bind('providerRep')}
            />
            <TextField formId={FORM} errors={form.errors} label="Progress" {...form.bind('progressSummary')} />
            <TextField formId={FORM} errors={form.errors} label="Actions agreed" {...form.bind('actions')} />
          </GovForm>
        </>
      )}
    </Panel>
  );
}

function EnglishMaths({ a }: { a: ApprenticeshipDetail }) {
  const save = useProcedureMutation('apprenticeships.setFunctionalSkills', ['apprenticeships']);
  const FORM = 'skills';
  const form = useForm({ englishStatus: a.englishMaths.englishStatus, mathsStatus: a.englishMaths.mathsStatus });
  const em = a.englishMaths;
  return (
    <Panel title="English and maths">
      <p>
        {em.requirement === 'required'
          ? `Required: Level ${em.targetLevel} English and maths (aged ${a.ageAtStart} at start).`
          : `Optional: aged ${a.ageAtStart} at start (19 or over), so ` +
            `English and maths are taken only if agreed in the training plan.`}
      </p>
      {a.canManage && a.status === 'active' ? (
        <GovForm
          formId={FORM}
          errors={form.errors}
          pending={form.pending}
          submitLabel="Save English and maths"
          submitVariant="secondary"
          onSubmit={() =>
            void form.submit(async () => {
              await save.mutateAsync({
                apprenticeshipId: a.id,
                englishStatus: form.values.englishStatus,
                mathsStatus: form.values.mathsStatus,
              });
            })
          }
        >
          <SelectField
            formId={FORM}
            errors={form.errors}
            label="English"
            options={SKILL_OPTIONS}
            {...form.bind('englishStatus')}
          />
          <SelectField
            formId={FORM}
            errors={form.errors}
            label="Maths"
            options={SKILL_OPTIONS}
            {...form.bind('mathsStatus')}
          />
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

function Gateway({ a }: { a: ApprenticeshipDetail }) {
  const tick = useProcedureMutation('apprenticeships.setGatewayItem', ['apprenticeships']);
  const epa = useProcedureMutation('apprenticeships.recordEpa', ['apprenticeships', 'pathway']);
  const withdraw = useProcedureMutation('apprenticeships.withdraw', ['apprenticeships']);
  const FORM = 'epa';
  const today = useToday();
  const form = useForm({ epaDate: today, result: '', overrideReason: '' });
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
      {tick.error && <Banner tone="error">{tick.error.message}</Banner>}
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
          <GovForm
            formId={FORM}
            errors={form.errors}
            pending={form.pending}
            submitLabel="Record result"
            onSubmit={() =>
              void form.submit(async () => {
                const v = form.values;
                // An unchosen result still goes to the backend, whose schema names the field in the error summary.
                await epa.mutateAsync({
                  apprenticeshipId: a.id,
                  epaDate: String(v.epaDate),
                  result: v.result as EpaResult,
                  overrideReason: orNull(v.overrideReason),
                });
              })
            }
            actions={
              <Button variant="warning" onClick={() => withdraw.mutate({ id: a.id })}>
                Record that they left the programme
              </Button>
            }
          >
            <TextField
              formId={FORM}
              errors={form.errors}
              label="Assessment date"
              type="date"
              className="input--narrow"
              {...form.bind('epaDate')}
            />
            <SelectField
              formId={FORM}
              errors={form.errors}
              label="Result"
              options={[
                { value: 'fail', label: 'Fail' },
                { value: 'pass', label: 'Pass' },
                { value: 'merit', label: 'Merit' },
                { value: 'distinction', label: 'Distinction' },
              ]}
              placeholder="Choose the result"
              {...form.bind('result')}
            />
            <TextField
              formId={FORM}
              errors={form.errors}
              label="Reason (only if the gateway checklist is incomplete)"
              {...form.bind('overrideReason')}
            />
          </GovForm>
        </>
      )}
    </Panel>
  );
}
