import { useQuery } from '@tanstack/react-query';
import type { ClientTeam } from '@shared/domain/clients/team';
import { jobRoleLabel } from '@shared/domain/staff/job-roles';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Panel, QueryState, Tag } from '@renderer/components/Layout';
import { orNull, useProcedureForm } from '@renderer/components/use-form';
import { needLabel } from './people-options';
import { formatDate } from '@shared/domain/time/format';

type Member = ClientTeam['members'][number];
type Interview = ClientTeam['interviews'][number];

const INTERVIEW_COLUMNS: Column<Interview>[] = [
  {
    key: 'date',
    header: 'Date',
    width: '9.5em',
    render: (i) => formatDate(i.interviewDate),
    sortValue: (i) => i.interviewDate,
  },
  { key: 'worker', header: 'Worker', render: (i) => i.staffName, sortValue: (i) => i.staffName },
  {
    key: 'outcome',
    header: 'Outcome',
    render: (i) => (i.outcome === 'chosen' ? <Tag tone="green">Chosen</Tag> : <Tag tone="grey">Not chosen</Tag>),
  },
  { key: 'by', header: 'Decided by', render: (i) => i.decidedBy },
];

const OUTCOME_OPTIONS = [
  { value: 'chosen', label: 'Chosen: joins the team' },
  { value: 'not_chosen', label: 'Not chosen' },
] as const;

/** The chosen team: members and their skills, coverage of the person's needs, interviews and declined workers. */
export function TeamPanel({ clientId }: { clientId: string }) {
  const api = useApi();
  const team = useQuery(procedureQuery(api, 'clients.getTeam', { id: clientId }));
  const workers = useQuery(procedureQuery(api, 'availability.workers', {}));
  const setMember = useProcedureMutation('clients.setTeamMember');
  const withdraw = useProcedureMutation('clients.setDeclined');
  const interview = useProcedureForm('clients.recordInterview', {
    id: 'interview',
    initial: { staffId: '', interviewDate: '', outcome: 'chosen', decidedBy: 'The person', notes: '' },
    toInput: (v) => ({
      clientId,
      staffId: v.staffId,
      interviewDate: v.interviewDate,
      outcome: v.outcome,
      decidedBy: v.decidedBy,
      notes: orNull(v.notes),
    }),
    resetOnSuccess: true,
    success: 'Interview recorded.',
  });
  const decline = useProcedureForm('clients.setDeclined', {
    id: 'decline',
    initial: { staffId: '', reason: '' },
    toInput: (v) => ({ clientId, staffId: v.staffId, declined: true, reason: orNull(v.reason) }),
    resetOnSuccess: true,
  });
  const data = team.data;
  const inTeam = new Set(data?.members.map((m) => m.staffId));
  const declined = new Set(data?.declined.map((d) => d.staffId));
  const candidateOptions = (workers.data ?? [])
    .filter((w) => !inTeam.has(w.staffId) && !declined.has(w.staffId))
    .map((w) => ({ value: w.staffId, label: `${w.name} (${jobRoleLabel(w.jobRole)})` }));
  const memberColumns: Column<Member>[] = [
    { key: 'worker', header: 'Worker', render: (m) => m.name, sortValue: (m) => m.name },
    {
      key: 'role',
      header: 'Job role',
      render: (m) => jobRoleLabel(m.jobRole),
      sortValue: (m) => jobRoleLabel(m.jobRole),
    },
    {
      key: 'since',
      header: 'In the team since',
      width: '10em',
      render: (m) => formatDate(m.since),
      sortValue: (m) => m.since,
    },
    {
      key: 'skills',
      header: 'Skills held today',
      render: (m) =>
        m.heldSkills.length === 0 ? (
          <span className="muted">None recorded</span>
        ) : (
          m.heldSkills.map(needLabel).join(', ')
        ),
    },
    {
      key: 'actions',
      header: 'Actions',
      width: '12em',
      render: (m) => (
        <Button variant="link" onClick={() => setMember.mutate({ clientId, staffId: m.staffId, member: false })}>
          Take off the team<span className="visually-hidden"> ({m.name})</span>
        </Button>
      ),
    },
  ];

  return (
    <QueryState isLoading={team.isLoading} error={team.error} what="the team">
      {data && (
        <>
          <Panel title={`Team (${data.members.length} of at most ${data.maxSize})`}>
            <ErrorSummary error={setMember.error} />
            <DataTable
              label="Team members"
              columns={memberColumns}
              rows={data.members}
              rowKey={(m) => m.staffId}
              initialSort={{ key: 'worker', direction: 'asc' }}
              empty="Nobody yet: record the person’s interviews below."
            />
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
            <GovForm form={interview} submitLabel="Record the interview">
              <SelectField
                label="Worker interviewed"
                options={candidateOptions}
                placeholder="Choose a worker"
                {...interview.field('staffId')}
              />
              <TextField label="Date" type="date" className="input--narrow" {...interview.field('interviewDate')} />
              <SelectField label="Outcome" options={OUTCOME_OPTIONS} {...interview.field('outcome')} />
              <TextField
                label="Who decided"
                hint="The person, or their representative"
                {...interview.field('decidedBy')}
              />
              <TextField label="Notes (optional)" {...interview.field('notes')} />
            </GovForm>
          </Panel>
          <Panel title="Workers the person has declined">
            <p className="field__hint">A declined worker is never scheduled for them and cannot join the team.</p>
            <ErrorSummary error={withdraw.error} />
            {data.declined.length > 0 && (
              <ul>
                {data.declined.map((d) => (
                  <li key={d.staffId}>
                    {d.name} (since {formatDate(d.declinedOn)}
                    {d.reason ? `: ${d.reason}` : ''}){' '}
                    <Button
                      variant="link"
                      onClick={() => withdraw.mutate({ clientId, staffId: d.staffId, declined: false, reason: null })}
                    >
                      Withdraw<span className="visually-hidden"> ({d.name})</span>
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <GovForm form={decline} submitLabel="Record as declined">
              <SelectField
                label="Worker declined"
                options={(workers.data ?? [])
                  .filter((w) => !declined.has(w.staffId))
                  .map((w) => ({ value: w.staffId, label: w.name }))}
                placeholder="Choose a worker"
                {...decline.field('staffId')}
              />
              <TextField label="Reason (optional)" {...decline.field('reason')} />
            </GovForm>
          </Panel>
          <Panel title="Interviews">
            <DataTable
              label="Interviews"
              columns={INTERVIEW_COLUMNS}
              rows={data.interviews}
              rowKey={(i) => i.id}
              initialSort={{ key: 'date', direction: 'desc' }}
              empty="No interviews recorded."
            />
          </Panel>
        </>
      )}
    </QueryState>
  );
}
