import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { ApprenticeshipDashboard, ApprenticeshipRow } from '@shared/domain/apprenticeships/apprenticeships';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { PageHeader, Panel, QueryState, Tag } from '@renderer/components/Layout';
import { formatDate, formatMonthName } from '@shared/domain/time/format';
import { BarChart } from '../pathway/BarChart';
import '../pathway/pathway.css';

/** OTJ status as a tag. */
export function OtjTag({ status }: { status: ApprenticeshipRow['otjStatus'] }) {
  if (status === 'met') return <Tag tone="green">Hours met</Tag>;
  if (status === 'behind') return <Tag tone="amber">Behind</Tag>;
  return <Tag tone="blue">On track</Tag>;
}

/** Review status as a tag: overdue, due soon, or the date. */
export function ReviewTag({ row }: { row: Pick<ApprenticeshipRow, 'reviewDaysLeft' | 'nextReviewDue'> }) {
  if (row.reviewDaysLeft < 0) return <Tag tone="red">{`Overdue ${-row.reviewDaysLeft} days`}</Tag>;
  if (row.reviewDaysLeft <= 14) return <Tag tone="amber">{`Due ${formatDate(row.nextReviewDue)}`}</Tag>;
  return <span>{formatDate(row.nextReviewDue)}</span>;
}

const COLUMNS: Column<ApprenticeshipRow>[] = [
  { key: 'name', header: 'Apprentice', render: (r) => r.name, sortValue: (r) => r.name },
  {
    key: 'standard',
    header: 'Standard',
    sortValue: (r) => r.standardCode,
    render: (r) => <span title={r.standardTitle}>{`${r.standardCode} · L${r.level}`}</span>,
  },
  {
    key: 'end',
    header: 'Planned end',
    width: '8.5em',
    render: (r) => formatDate(r.plannedEndDate),
    sortValue: (r) => r.plannedEndDate,
  },
  {
    key: 'otj',
    header: 'OTJ hours (done / due)',
    sortValue: (r) => r.otjActual - r.otjPlannedToDate,
    render: (r) => (
      <>
        <OtjTag status={r.otjStatus} /> {`${r.otjActual} / ${r.otjPlannedToDate} h`}
      </>
    ),
  },
  {
    key: 'catch',
    header: 'Catch-up',
    width: '7.5em',
    render: (r) => (r.otjStatus === 'behind' ? `${r.catchUpPerWeek} h/week` : ''),
  },
  {
    key: 'review',
    header: 'Next review',
    render: (r) => <ReviewTag row={r} />,
    sortValue: (r) => r.reviewDaysLeft,
  },
];

type StandardCount = ApprenticeshipDashboard['activeByStandard'][number];

const BY_STANDARD_COLUMNS: Column<StandardCount>[] = [
  { key: 'standard', header: 'Standard', render: (row) => `${row.standardCode} ${row.title}` },
  { key: 'count', header: 'Active', width: '6em', render: (row) => row.count },
];

/** Apprenticeships: the dashboard for managers and trainers; a worker's own (and those they mentor) otherwise. */
export function ApprenticeshipsPage() {
  const seesAll = useHasRole('manager', 'trainer');
  return seesAll ? <Dashboard /> : <Mine />;
}

function Dashboard() {
  const api = useApi();
  const navigate = useNavigate();
  const isManager = useHasRole('manager');
  const query = useQuery(procedureQuery(api, 'apprenticeships.dashboard', {}));
  const d = query.data;
  const open = (r: ApprenticeshipRow) => void navigate(`/apprenticeships/${r.id}`);
  return (
    <>
      <PageHeader
        title="Apprenticeships"
        caption="Dashboard"
        actions={
          <>
            <Link className="button button--secondary" to="/apprenticeships/standards">
              Standards
            </Link>
            {isManager && (
              <Link className="button button--primary" to="/apprenticeships/new">
                Enrol an apprentice
              </Link>
            )}
          </>
        }
      />
      <QueryState isLoading={query.isLoading} error={query.error} what="the apprenticeships">
        {d && (
          <>
            <div className="stat-grid">
              <div className="stat">
                <span className="stat__value">{d.active.length}</span>
                <span className="stat__label">active apprentices</span>
              </div>
              <div className="stat">
                <span className="stat__value">{d.behind.length}</span>
                <span className="stat__label">behind on off-the-job hours</span>
              </div>
              <div className="stat">
                <span className="stat__value">{d.reviewsDue.length}</span>
                <span className="stat__label">reviews due in 14 days or overdue</span>
              </div>
              <div className="stat">
                <span className="stat__value">{d.gatewaysSoon.length}</span>
                <span className="stat__label">gateways in the next 90 days</span>
              </div>
              <div className="stat">
                <span className="stat__value">{d.pendingOtjEntries}</span>
                <span className="stat__label">OTJ entries waiting for approval</span>
              </div>
            </div>
            <div className="two-columns">
              <Panel title="Active by standard">
                <DataTable
                  label="Active apprentices by standard"
                  columns={BY_STANDARD_COLUMNS}
                  rows={d.activeByStandard}
                  rowKey={(row) => row.standardCode}
                  empty="Nobody is on an apprenticeship."
                />
              </Panel>
              <Panel title="Starts and completions, last 12 months">
                <BarChart
                  title="Starts by month"
                  data={d.startsByMonth.map((m) => ({ label: formatMonthName(m.month), value: m.count }))}
                />
                <BarChart
                  title="Completions by month"
                  data={d.completionsByMonth.map((m) => ({ label: formatMonthName(m.month), value: m.count }))}
                />
              </Panel>
            </div>
            <Panel title="Behind on off-the-job hours">
              <DataTable
                label="Apprentices behind on OTJ hours"
                columns={COLUMNS}
                rows={d.behind}
                rowKey={(r) => r.id}
                onRowOpen={open}
                empty="Nobody is behind."
              />
            </Panel>
            <Panel title="Reviews due or overdue">
              <DataTable
                label="Reviews due or overdue"
                columns={COLUMNS}
                rows={d.reviewsDue}
                rowKey={(r) => r.id}
                onRowOpen={open}
                empty="No reviews due in the next 14 days."
              />
            </Panel>
            <Panel title="Gateways coming up">
              <DataTable
                label="Gateways coming up"
                columns={COLUMNS}
                rows={d.gatewaysSoon}
                rowKey={(r) => r.id}
                onRowOpen={open}
                empty="No gateways in the next 90 days."
              />
            </Panel>
            <Panel title="All active apprentices">
              <DataTable
                label="All active apprentices"
                columns={COLUMNS}
                rows={d.active}
                rowKey={(r) => r.id}
                initialSort={{ key: 'name', direction: 'asc' }}
                search={{ label: 'Search by name or standard', text: (r) => `${r.name} ${r.standardCode}` }}
                onRowOpen={open}
              />
            </Panel>
          </>
        )}
      </QueryState>
    </>
  );
}

function Mine() {
  const api = useApi();
  const navigate = useNavigate();
  const query = useQuery(procedureQuery(api, 'apprenticeships.mine', {}));
  const open = (r: ApprenticeshipRow) => void navigate(`/apprenticeships/${r.id}`);
  return (
    <>
      <PageHeader title="My apprenticeship" caption="Apprenticeships" />
      <QueryState isLoading={query.isLoading} error={query.error} what="the apprenticeships">
        {query.data && (
          <>
            <Panel title="Your apprenticeship">
              <DataTable
                label="Your apprenticeships"
                columns={COLUMNS}
                rows={query.data.own}
                rowKey={(r) => r.id}
                onRowOpen={open}
                empty="You are not on an apprenticeship. Ask your manager about starting one."
              />
            </Panel>
            {query.data.mentoring.length > 0 && (
              <Panel title="Apprentices you mentor">
                <DataTable
                  label="Apprentices you mentor"
                  columns={COLUMNS}
                  rows={query.data.mentoring}
                  rowKey={(r) => r.id}
                  onRowOpen={open}
                />
              </Panel>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
