import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { jobRoleLabel } from '@shared/domain/staff/job-roles';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { SelectField, TextField } from '@renderer/components/Field';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '@renderer/components/form-errors';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, Panel, QueryState, Tag } from '@renderer/components/Layout';
import { orNull, useForm } from '@renderer/components/use-form';
import { needLabel } from './people-options';
import { formatDate } from '@shared/domain/time/format';

const FORM = 'interview';

/** The chosen team: members and their skills, coverage of the person's needs, interviews and declined workers. */
export function TeamPanel({ clientId }: { clientId: string }) {
  const api = useApi();
  const team = useQuery(procedureQuery(api, 'clients.getTeam', { id: clientId }));
  const workers = useQuery(procedureQuery(api, 'availability.workers', {}));
  const setMember = useProcedureMutation('clients.setTeamMember', ['clients']);
  const setDeclined = useProcedureMutation('clients.setDeclined', ['clients']);
  const [declineErrors, setDeclineErrors] = useState<FormErrors>(NO_ERRORS);
  const [declineWho, setDeclineWho] = useState('');
  const [declineReason, setDeclineReason] = useState('');
  const form = useForm({ staffId: '', interviewDate: '', outcome: 'chosen', decidedBy: 'The person', notes: '' });
  const data = team.data;
  const inTeam = new Set(data?.members.map((m) => m.staffId));
  const declined = new Set(data?.declined.map((d) => d.staffId));
  const candidateOptions = (workers.data ?? [])
    .filter((w) => !inTeam.has(w.staffId) && !declined.has(w.staffId))
    .map((w) => ({ value: w.staffId, label: `${w.name} (${jobRoleLabel(w.jobRole)})` }));

  const record = () =>
    form.submit(async () => {
      await api.call('clients.recordInterview', {
        clientId,
        staffId: form.values.staffId,
        interviewDate: form.values.interviewDate,
        outcome: form.values.outcome as 'chosen' | 'not_chosen',
        decidedBy: form.values.decidedBy,
        notes: orNull(form.values.notes),
      });
      await team.refetch();
      form.setValues((v) => ({ ...v, staffId: '', notes: '' }));
    });

  return (
    <QueryState isLoading={team.isLoading} error={team.error}>
      {data && (
        <>
          <Panel title={`Team (${data.members.length} of at most ${data.maxSize})`}>
            {setMember.error && <Banner tone="error">{setMember.error.message}</Banner>}
            {data.members.length === 0 ? (
              <p className="muted">Nobody yet: record the person’s interviews below.</p>
            ) : (
              <table className="simple-table">
                <caption className="visually-hidden">Team members</caption>
                <thead>
                  <tr>
                    <th scope="col">Worker</th>
                    <th scope="col">Job role</th>
                    <th scope="col">In the team since</th>
                    <th scope="col">Skills held today</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.members.map((m) => (
                    <tr key={m.staffId}>
                      <td>{m.name}</td>
                      <td>{jobRoleLabel(m.jobRole)}</td>
                      <td>{formatDate(m.since)}</td>
                      <td>
                        {m.heldSkills.length === 0 ? (
                          <span className="muted">None recorded</span>
                        ) : (
                          m.heldSkills.map(needLabel).join(', ')
                        )}
                      </td>
                      <td>
                        <Button
                          variant="link"
                          onClick={() => setMember.mutate({ clientId, staffId: m.staffId, member: false })}
                        >
                          Take off the team<span className="visually-hidden"> ({m.name})</span>
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Panel>
          <Panel title="Skills against their needs">
            {data.coverage.length === 0 ? (
              <p className="muted">No specialist support needs recorded.</p>
            ) : (
              <ul className="coverage-list">
                {data.coverage.map((c) => (
                  <li key={c.skill}>
                    {c.gap ? <Tag tone="red">Gap</Tag> : <Tag tone="green">Covered</Tag>} {needLabel(c.skill)}:{' '}
                    {c.gap ? 'nobody in the team holds valid training for this' : `${c.coveredBy.length} of the team`}
                  </li>
                ))}
              </ul>
            )}
          </Panel>
          <Panel title="Record an interview">
            <GovForm
              formId={FORM}
              errors={form.errors}
              pending={form.pending}
              submitLabel="Record the interview"
              onSubmit={() => void record()}
            >
              <SelectField
                formId={FORM}
                errors={form.errors}
                label="Worker interviewed"
                options={candidateOptions}
                placeholder="Choose a worker"
                {...form.bind('staffId')}
              />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Date"
                type="date"
                className="input--narrow"
                {...form.bind('interviewDate')}
              />
              <SelectField
                formId={FORM}
                errors={form.errors}
                label="Outcome"
                options={[
                  { value: 'chosen', label: 'Chosen: joins the team' },
                  { value: 'not_chosen', label: 'Not chosen' },
                ]}
                {...form.bind('outcome')}
              />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Who decided"
                hint="The person, or their representative"
                {...form.bind('decidedBy')}
              />
              <TextField formId={FORM} errors={form.errors} label="Notes (optional)" {...form.bind('notes')} />
            </GovForm>
          </Panel>
          <Panel title="Workers the person has declined">
            <p className="field__hint">A declined worker is never scheduled for them and cannot join the team.</p>
            {data.declined.length > 0 && (
              <ul>
                {data.declined.map((d) => (
                  <li key={d.staffId}>
                    {d.name} (since {formatDate(d.declinedOn)}
                    {d.reason ? `: ${d.reason}` : ''}){' '}
                    <Button
                      variant="link"
                      onClick={() =>
                        setDeclined.mutate({ clientId, staffId: d.staffId, declined: false, reason: null })
                      }
                    >
                      Withdraw<span className="visually-hidden"> ({d.name})</span>
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <GovForm
              formId="decline"
              errors={declineErrors}
              pending={setDeclined.isPending}
              submitLabel="Record as declined"
              onSubmit={() =>
                setDeclined.mutate(
                  { clientId, staffId: declineWho, declined: true, reason: orNull(declineReason) },
                  {
                    onSuccess: () => {
                      setDeclineErrors(NO_ERRORS);
                      setDeclineWho('');
                      setDeclineReason('');
                    },
                    onError: (error) => setDeclineErrors(formErrorsFrom(error)),
                  },
                )
              }
            >
              <SelectField
                formId="decline"
                errors={declineErrors}
                name="staffId"
                label="Worker declined"
                options={(workers.data ?? [])
                  .filter((w) => !declined.has(w.staffId))
                  .map((w) => ({ value: w.staffId, label: w.name }))}
                placeholder="Choose a worker"
                value={declineWho}
                onChange={(e) => setDeclineWho(e.target.value)}
              />
              <TextField
                formId="decline"
                errors={declineErrors}
                name="reason"
                label="Reason (optional)"
                value={declineReason}
                onChange={(e) => setDeclineReason(e.target.value)}
              />
            </GovForm>
          </Panel>
          <Panel title="Interviews">
            {data.interviews.length === 0 ? (
              <p className="muted">No interviews recorded.</p>
            ) : (
              <table className="simple-table">
                <caption className="visually-hidden">Interviews</caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Worker</th>
                    <th scope="col">Outcome</th>
                    <th scope="col">Decided by</th>
                  </tr>
                </thead>
                <tbody>
                  {data.interviews.map((i) => (
                    <tr key={i.id}>
                      <td>{formatDate(i.interviewDate)}</td>
                      <td>{i.staffName}</td>
                      <td>
                        {i.outcome === 'chosen' ? <Tag tone="green">Chosen</Tag> : <Tag tone="grey">Not chosen</Tag>}
                      </td>
                      <td>{i.decidedBy}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Panel>
        </>
      )}
    </QueryState>
  );
}
