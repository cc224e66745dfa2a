import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useNavigate } from 'react-router';
import { cwpLabel } from '@shared/domain/pathway/cwp';
import type { PathwayOverviewRow } from '@shared/domain/pathway/views';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole, useSession } from '@renderer/app/session-context';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { PageHeader, QueryState, Tag } from '@renderer/components/Layout';
import { formatDate } from '@shared/domain/time/format';
import './pathway.css';

const COLUMNS: Column<PathwayOverviewRow>[] = [
  { key: 'name', header: 'Name', render: (r) => r.name, sortValue: (r) => r.name },
  {
    key: 'step',
    header: 'Current step',
    render: (r) => r.stepName ?? <span className="muted">Not placed</span>,
    sortValue: (r) => r.stepName,
  },
  {
    key: 'cwp',
    header: 'CWP category',
    render: (r) => (r.cwpCategory === null ? '' : cwpLabel(r.cwpCategory)),
    sortValue: (r) => r.cwpCategory,
  },
  {
    key: 'since',
    header: 'Since',
    width: '9.5em',
    render: (r) => (r.since ? formatDate(r.since) : ''),
    sortValue: (r) => r.since,
  },
  { key: 'next', header: 'Next step', render: (r) => r.nextStepName ?? '' },
  {
    key: 'ready',
    header: 'Readiness',
    width: '10em',
    // Ready first, then by the share of requirements met.
    sortValue: (r) => (r.nextStepName === null ? null : [r.ready ? 0 : 1, -r.metCount / Math.max(1, r.itemCount)]),
    render: (r) =>
      r.nextStepName === null ? (
        ''
      ) : r.ready ? (
        <Tag tone="green">Ready</Tag>
      ) : (
        <Tag tone="grey">{`${r.metCount} of ${r.itemCount} met`}</Tag>
      ),
  },
];

const READINESS_OPTIONS = [{ value: 'ready', label: 'Ready for their next step' }];

/** The pathway: managers see every worker's position and readiness; a worker goes straight to their own page. */
export function PathwayPage() {
  const isManager = useHasRole('manager');
  const session = useSession();
  if (!isManager)
    return session.staffId ? (
      <Navigate to={`/pathway/staff/${session.staffId}`} replace />
    ) : (
      <p>Your account is not linked to a staff record.</p>
    );
  return <PathwayOverview />;
}

function PathwayOverview() {
  const api = useApi();
  const navigate = useNavigate();
  const query = useQuery(procedureQuery(api, 'pathway.overview', {}));
  const readyCount = (query.data ?? []).filter((r) => r.ready).length;
  return (
    <>
      <PageHeader
        title="Career pathway"
        caption="Pathway"
        actions={
          <>
            <Link className="button button--secondary" to="/pathway/steps">
              Progression steps
            </Link>
            <Link className="button button--secondary" to="/career">
              Career of choice
            </Link>
          </>
        }
      />
      <QueryState isLoading={query.isLoading} error={query.error} what="the pathway">
        <p>
          Where each worker is on the Care Workforce Pathway and how close they are to their next step, from their
          records. {readyCount} ready now.
        </p>
        <DataTable
          label="Workers on the pathway"
          columns={COLUMNS}
          rows={query.data ?? []}
          rowKey={(r) => r.staffId}
          initialSort={{ key: 'name', direction: 'asc' }}
          search={{ label: 'Search by name or step', text: (r) => `${r.name} ${r.stepName ?? ''}` }}
          filters={[
            {
              key: 'ready',
              label: 'Readiness',
              allLabel: 'Everyone',
              options: READINESS_OPTIONS,
              value: (r) => (r.ready ? 'ready' : ''),
            },
          ]}
          onRowOpen={(r) => void navigate(`/pathway/staff/${r.staffId}`)}
        />
      </QueryState>
    </>
  );
}
