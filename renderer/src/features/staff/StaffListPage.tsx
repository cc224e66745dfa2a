import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { jobRoleLabel } from '@shared/domain/staff/job-roles';
import type { StaffListRow, StaffSortKey } from '@shared/domain/staff/staff';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { FilterSelect } from '@renderer/components/FilterSelect';
import { DataTable, type Column, type SortState } from '@renderer/components/DataTable';
import { Banner, PageHeader, Tag } from '@renderer/components/Layout';
import { JOB_ROLE_OPTIONS } from './staff-options';
import { formatDate } from '@shared/domain/time/format';

const COLUMNS: Column<StaffListRow>[] = [
  {
    key: 'name',
    header: 'Name',
    width: 'minmax(200px, 2fr)',
    sortKey: 'name',
    render: (r) => `${r.familyName}, ${r.preferredName ?? r.givenName}`,
  },
  {
    key: 'reference',
    header: 'Reference',
    width: '120px',
    sortKey: 'reference',
    render: (r) => <span className="mono">{r.reference}</span>,
  },
  {
    key: 'jobRole',
    header: 'Job role',
    width: 'minmax(180px, 1.5fr)',
    sortKey: 'jobRole',
    render: (r) => jobRoleLabel(r.jobRole),
  },
  { key: 'startDate', header: 'Started', width: '140px', sortKey: 'startDate', render: (r) => formatDate(r.startDate) },
  {
    key: 'status',
    header: 'Status',
    width: '110px',
    sortKey: 'status',
    render: (r) => <Tag tone={r.status === 'active' ? 'green' : 'grey'}>{r.status}</Tag>,
  },
];

/** The staff list: search by name or reference, filter by job role and status, sort by any column. */
export function StaffListPage() {
  const api = useApi();
  const navigate = useNavigate();
  const canCreate = useHasRole('manager');
  const [search, setSearch] = useState('');
  const [jobRole, setJobRole] = useState('');
  const [status, setStatus] = useState<'active' | 'archived' | ''>('active');
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'asc' });
  const deferredSearch = useDeferredValue(search);
  const query = useQuery({
    ...procedureQuery(api, 'staff.list', {
      search: deferredSearch,
      jobRole: jobRole === '' ? null : Number(jobRole),
      status: status === '' ? null : status,
      sort: sort.key as StaffSortKey,
      direction: sort.direction,
      limit: 5000,
    }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title="Staff"
        caption="Everyone employed at this branch"
        actions={
          canCreate && (
            <>
              <Link className="button button--secondary" to="/staff/import">
                Import or export
              </Link>
              <Link className="button button--primary" to="/staff/new">
                Add a staff record
              </Link>
            </>
          )
        }
      />
      <div className="filter-bar" role="search" aria-label="Filter staff">
        <div className="field">
          <label className="field__label" htmlFor="staff-search">
            Search by name or reference
          </label>
          <input
            id="staff-search"
            className="input"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <FilterSelect
          id="staff-role"
          label="Job role"
          value={jobRole}
          onChange={setJobRole}
          allLabel="All job roles"
          options={JOB_ROLE_OPTIONS}
        />
        <div className="field">
          <label className="field__label" htmlFor="staff-status">
            Status
          </label>
          <select
            id="staff-status"
            className="select"
            value={status}
            onChange={(e) => setStatus(e.target.value as typeof status)}
          >
            <option value="active">Active</option>
            <option value="archived">Archived</option>
            <option value="">All</option>
          </select>
        </div>
      </div>
      {query.error && (
        <Banner tone="error" title="Could not load staff.">
          {query.error.message}
        </Banner>
      )}
      <DataTable
        label="Staff"
        columns={COLUMNS}
        rows={query.data?.rows ?? []}
        total={query.data?.total}
        rowKey={(r) => r.id}
        sort={sort}
        onSortChange={setSort}
        onRowOpen={(r) => void navigate(`/staff/${r.id}`)}
        empty={query.isLoading ? 'Loading…' : 'No staff match these filters.'}
      />
    </>
  );
}
