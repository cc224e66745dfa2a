import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ExpiryAlert } from '@shared/domain/training/matrix';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { QueryState, Tag } from '@renderer/components/Layout';
import { formatDate } from '@shared/domain/time/format';

const COLUMNS: Column<ExpiryAlert>[] = [
  { key: 'name', header: 'Person', render: (a) => a.name, sortValue: (a) => [a.name, a.expiresOn] },
  { key: 'course', header: 'Course', render: (a) => a.courseName, sortValue: (a) => [a.courseName, a.expiresOn] },
  {
    key: 'expires',
    header: 'Expires',
    width: '8em',
    render: (a) => formatDate(a.expiresOn),
    sortValue: (a) => [a.expiresOn, a.name],
  },
  {
    key: 'due',
    header: 'Due',
    width: '14em',
    render: (a) => (
      <Tag tone={a.daysLeft < 0 ? 'red' : a.daysLeft < 30 ? 'amber' : 'blue'}>
        {a.daysLeft < 0 ? `expired ${-a.daysLeft} days ago` : `in ${a.daysLeft} days`}
      </Tag>
    ),
  },
  {
    key: 'renewal',
    header: 'Renewal',
    render: (a) =>
      a.bookedSessionDate ? `Booked for ${formatDate(a.bookedSessionDate)}` : <Tag tone="red">Nothing booked</Tag>,
    sortValue: (a) => [a.bookedSessionDate, a.expiresOn],
  },
];

/**
 * What expires in the next 90 days (or lapsed recently), and whether a renewal is booked: search, filter by course,
 * sort.
 */
export function AlertsView() {
  const api = useApi();
  const navigate = useNavigate();
  const [unbookedOnly, setUnbookedOnly] = useState(true);
  const alerts = useQuery(procedureQuery(api, 'training.alerts', { unbookedOnly }));
  const courses = useMemo(() => {
    const byId = new Map((alerts.data ?? []).map((a) => [a.courseId, a.courseName]));
    return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  }, [alerts.data]);
  return (
    <QueryState isLoading={alerts.isLoading} error={alerts.error} what="expiring training">
      <p>{alerts.data?.length ?? 0} records need renewing.</p>
      <DataTable
        label="Expiring training"
        columns={COLUMNS}
        rows={alerts.data ?? []}
        rowKey={(a) => `${a.staffId}-${a.courseId}`}
        initialSort={{ key: 'expires', direction: 'asc' }}
        search={{ label: 'Search by name', text: (a) => a.name }}
        filters={[
          { key: 'course', label: 'Course', allLabel: 'All courses', options: courses, value: (a) => a.courseId },
        ]}
        toolbar={
          <label className="checkbox">
            <input type="checkbox" checked={unbookedOnly} onChange={(e) => setUnbookedOnly(e.target.checked)} /> Only
            people with nothing booked to renew
          </label>
        }
        onRowOpen={(a) => void navigate(`/training/staff/${a.staffId}`)}
        empty="Nothing needs renewing."
      />
    </QueryState>
  );
}
