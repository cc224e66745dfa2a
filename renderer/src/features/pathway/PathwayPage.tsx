import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { cwpLabel } from '@shared/domain/pathway/cwp';
import type { PathwayOverviewRow } from '@shared/domain/pathway/views';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole, useSession } from '@renderer/app/session-context';
import { DataTable, sortRows, type Column, type SortState } from '@renderer/components/DataTable';
import { PageHeader, QueryState, Tag } from '@renderer/components/Layout';
import { formatDate } from '@shared/domain/time/format';
import './pathway.css';

const COLUMNS: Column<PathwayOverviewRow>[] = [
  { key: 'name', header: 'Name', width: 'minmax(12em, 2fr)', render: (r) => r.name, sortKey: 'name' },
  {
    key: 'step',
    header: 'Current step',
    width: 'minmax(10em, 2fr)',
    render: (r) => r.stepName ?? <span className="muted">Not placed</span>,
    sortKey: 'step',
  },
  {
    key: 'cwp',
    header: 'CWP category',
    width: 'minmax(10em, 2fr)',
    render: (r) => (r.cwpCategory === null ? '' : cwpLabel(r.cwpCategory)),
    sortKey: 'cwp',
  },
  {
    key: 'since',
    header: 'Since',
    width: '9.5em',
    render: (r) => (r.since ? formatDate(r.since) : ''),
    sortKey: 'since',
  },
  { key: 'next', header: 'Next step', width: 'minmax(10em, 2fr)', render: (r) => r.nextStepName ?? '' },
  {
    key: 'ready',
    header: 'Readiness',
    width: '10em',
    sortKey: 'ready',
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

function compare(a: PathwayOverviewRow, b: PathwayOverviewRow, key: string): number {
  switch (key) {
    case 'step':
      return (a.stepName ?? '~').localeCompare(b.stepName ?? '~');
    case 'cwp':
      return (a.cwpCategory ?? 99) - (b.cwpCategory ?? 99);
    case 'since':
      return (a.since ?? '9').localeCompare(b.since ?? '9');
    case 'ready':
      return (
        (b.ready ? 1 : 0) - (a.ready ? 1 : 0) ||
        b.metCount / Math.max(1, b.itemCount) - a.metCount / Math.max(1, a.itemCount)
      );
    default:
      return a.name.localeCompare(b.name);
  }
}

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
  const [search, setSearch] = useState('');
  const [readyOnly, setReadyOnly] = useState(false);
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'asc' });
  const rows = useMemo(() => {
    const term = search.trim().toLowerCase();
    const filtered = (query.data ?? []).filter(
      (r) =>
        (!readyOnly || r.ready) &&
        (term === '' || r.name.toLowerCase().includes(term) || (r.stepName ?? '').toLowerCase().includes(term)),
    );
    return sortRows(filtered, sort, compare);
  }, [query.data, search, readyOnly, sort]);
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
      <QueryState isLoading={query.isLoading} error={query.error}>
        <p>
          Where each worker is on the Care Workforce Pathway and how close they are to their next step, from their
          records. {readyCount} ready now.
        </p>
        <div className="filter-bar">
          <div className="field">
            <label className="field__label" htmlFor="pathway-search">
              Search by name or step
            </label>
            <input id="pathway-search" className="input" value={search} onChange={(e) => setSearch(e.target.value)} />
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={readyOnly} onChange={(e) => setReadyOnly(e.target.checked)} />
            Ready for their next step only
          </label>
        </div>
        <DataTable
          label="Workers on the pathway"
          columns={COLUMNS}
          rows={rows}
          rowKey={(r) => r.staffId}
          sort={sort}
          onSortChange={setSort}
          onRowOpen={(r) => void navigate(`/pathway/staff/${r.staffId}`)}
        />
      </QueryState>
    </>
  );
}
