import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { jobRoleLabel } from '@shared/domain/staff/job-roles';
import { StaffSortKey, type StaffListRow } from '@shared/domain/staff/staff';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { FilterBar, FilterSelect, SearchField } from '@renderer/components/FilterBar';
import { DataTable, type Column, type SortState } from '@renderer/components/DataTable';
import { PageHeader, QueryError, Tag } from '@renderer/components/Layout';
import type { Option } from '@renderer/components/options';
import { JOB_ROLE_OPTIONS } from './staff-options';
import { formatDate } from '@shared/domain/time/format';

const COLUMNS: Column<StaffListRow>[] = [
  {
    key: 'name',
    header: 'Name',
    sortKey: 'name',
    render: (r) => `${r.familyName}, ${r.preferredName ?? r.givenName}`,
  },
  {
    key: 'reference',
    header: 'Reference',
    width: '9em',
    sortKey: 'reference',
    render: (r) => <span className="mono">{r.reference}</span>,
  },
  {
    key: 'jobRole',
    header: 'Job role',
    sortKey: 'jobRole',
    render: (r) => jobRoleLabel(r.jobRole),
  },
  { key: 'startDate', header: 'Started', width: '9.5em', sortKey: 'startDate', render: (r) => formatDate(r.startDate) },
  {
    key: 'status',
    header: 'Status',
    width: '8em',
    sortKey: 'status',
    render: (r) => <Tag tone={r.status === 'active' ? 'green' : 'grey'}>{r.status}</Tag>,
  },
];

type StaffStatus = 'active' | 'archived';
const STATUS_OPTIONS: readonly Option<StaffStatus>[] = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
];

/** The staff list: search by name or reference, filter by job role and status, sort by any column. */
export function StaffListPage() {
  const api = useApi();
  const navigate = useNavigate();
  const canCreate = useHasRole('manager');
  const [search, setSearch] = useState('');
  const [jobRole, setJobRole] = useState('');
  const [status, setStatus] = useState<StaffStatus | ''>('active');
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'asc' });
  const deferredSearch = useDeferredValue(search);
  const query = useQuery({
    ...procedureQuery(api, 'staff.list', {
      search: deferredSearch,
      jobRole: jobRole === '' ? null : Number(jobRole),
      status: status === '' ? null : status,
      sort: StaffSortKey.parse(sort.key),
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
      <FilterBar label="Filter staff">
        <SearchField id="staff-search" label="Search by name or reference" value={search} onChange={setSearch} />
        <FilterSelect
          id="staff-role"
          label="Job role"
          value={jobRole}
          onChange={setJobRole}
          allLabel="All job roles"
          options={JOB_ROLE_OPTIONS}
        />
        <FilterSelect
          id="staff-status"
          label="Status"
          value={status}
          onChange={setStatus}
          allLabel="All"
          options={STATUS_OPTIONS}
        />
      </FilterBar>
      <QueryError error={query.error} what="staff" />
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
