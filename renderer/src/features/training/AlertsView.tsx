import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ExpiryAlert } from '@shared/domain/training/matrix';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { DataTable, sortRows, type Column, type SortState } from '@renderer/components/DataTable';
import { FilterSelect } from '@renderer/components/FilterSelect';
import { QueryState, Tag } from '@renderer/components/Layout';
import { formatDate } from '@shared/domain/time/format';

const COLUMNS: Column<ExpiryAlert>[] = [
  { key: 'name', header: 'Person', width: 'minmax(12em, 2fr)', sortKey: 'name', render: (a) => a.name },
  { key: 'course', header: 'Course', width: 'minmax(12em, 2fr)', sortKey: 'course', render: (a) => a.courseName },
  { key: 'expires', header: 'Expires', width: '9.5em', sortKey: 'expires', render: (a) => formatDate(a.expiresOn) },
  {
    key: 'due',
    header: 'Due',
    width: '15em',
    render: (a) => (
      <Tag tone={a.daysLeft < 0 ? 'red' : a.daysLeft < 30 ? 'amber' : 'blue'}>
        {a.daysLeft < 0 ? `expired ${-a.daysLeft} days ago` : `in ${a.daysLeft} days`}
      </Tag>
    ),
  },
  {
    key: 'renewal',
    header: 'Renewal',
    width: 'minmax(14em, 1fr)',
    sortKey: 'renewal',
    render: (a) =>
      a.bookedSessionDate ? `Booked for ${formatDate(a.bookedSessionDate)}` : <Tag tone="red">Nothing booked</Tag>,
  },
];

function compare(a: ExpiryAlert, b: ExpiryAlert, key: string): number {
  switch (key) {
    case 'course':
      return a.courseName.localeCompare(b.courseName) || a.expiresOn.localeCompare(b.expiresOn);
    case 'expires':
      return a.expiresOn.localeCompare(b.expiresOn) || a.name.localeCompare(b.name);
    case 'renewal':
      return (
        (a.bookedSessionDate ?? '').localeCompare(b.bookedSessionDate ?? '') || a.expiresOn.localeCompare(b.expiresOn)
      );
    default:
      return a.name.localeCompare(b.name) || a.expiresOn.localeCompare(b.expiresOn);
  }
}

/**
 * What expires in the next 90 days (or lapsed recently), and whether a renewal is booked: search, filter by course,
 * sort.
 */
export function AlertsView() {
  const api = useApi();
  const navigate = useNavigate();
  const [unbookedOnly, setUnbookedOnly] = useState(true);
  const [search, setSearch] = useState('');
  const [course, setCourse] = useState('');
  const [sort, setSort] = useState<SortState>({ key: 'expires', direction: 'asc' });
  const alerts = useQuery(procedureQuery(api, 'training.alerts', { unbookedOnly }));
  const courses = useMemo(() => {
    const byId = new Map((alerts.data ?? []).map((a) => [a.courseId, a.courseName]));
    return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  }, [alerts.data]);
  const rows = useMemo(() => {
    const term = search.trim().toLowerCase();
    const list = (alerts.data ?? []).filter(
      (a) => (course === '' || a.courseId === course) && (term === '' || a.name.toLowerCase().includes(term)),
    );
    return sortRows(list, sort, compare);
  }, [alerts.data, search, course, sort]);
  return (
    <>
      <div className="filter-bar" role="search" aria-label="Filter expiring training">
        <div className="field">
          <label className="field__label" htmlFor="alerts-search">
            Search by name
          </label>
          <input
            id="alerts-search"
            className="input"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <FilterSelect
          id="alerts-course"
          label="Course"
          value={course}
          onChange={setCourse}
          allLabel="All courses"
          options={courses}
        />
        <label className="checkbox">
          <input type="checkbox" checked={unbookedOnly} onChange={(e) => setUnbookedOnly(e.target.checked)} /> Only
          people with nothing booked to renew
        </label>
      </div>
      <QueryState isLoading={alerts.isLoading} error={alerts.error}>
        <p>
          {alerts.data?.length ?? 0} records need renewing
          {rows.length !== (alerts.data?.length ?? 0) ? `; ${rows.length} shown` : ''}.
        </p>
        <DataTable
          label="Expiring training"
          columns={COLUMNS}
          rows={rows}
          rowKey={(a) => `${a.staffId}-${a.courseId}`}
          sort={sort}
          onSortChange={setSort}
          onRowOpen={(a) => void navigate(`/training/staff/${a.staffId}`)}
          empty="Nothing needs renewing with these filters."
        />
      </QueryState>
    </>
  );
}
