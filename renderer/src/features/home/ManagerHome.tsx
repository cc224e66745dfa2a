import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ManagerHome as ManagerHomeData } from '@shared/domain/home/home';
import { formatPence } from '@shared/domain/policy/pay-policy';
import { COMPLIANCE_KIND_LABELS } from '@shared/domain/staff/compliance';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Panel, QueryState } from '@renderer/components/Layout';
import { count, CoverageChart, HomeStats, SickTodayList } from './home-parts';
import { TrainingExpiry } from './TrainingExpiry';
import { HubToday } from './HubToday';
import { VisitTimesPanel } from '@renderer/features/visit-times/VisitTimesPanel';

type ComplianceRow = ManagerHomeData['compliance'][number];

const COMPLIANCE_COLUMNS: Column<ComplianceRow>[] = [
  { key: 'kind', header: 'Check', rowHeader: true, render: (r) => COMPLIANCE_KIND_LABELS[r.kind] },
  { key: 'overdue', header: 'Act now', width: '6em', render: (r) => r.overdue },
  { key: 'due', header: 'Due soon', width: '6em', render: (r) => r.due },
  { key: 'review', header: 'To review', width: '6em', render: (r) => r.toReview },
];

/** The manager's home: what needs a decision across the branch today, each figure linking to where it is dealt with. */
export function ManagerHome() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'home.manager', {}));
  const home = query.data;
  return (
    <QueryState isLoading={query.isLoading} error={query.error} what="your overview">
      {home && (
        <>
          <HomeStats
            label="Today at a glance"
            stats={[
              {
                value: home.compliance.reduce((n, c) => n + c.overdue, 0),
                label: 'compliance checks to act on now',
                to: '/compliance',
              },
              { value: home.payFloor.below.length, label: 'paid below the pay floor', to: '/compliance' },
              { value: home.training.expired, label: 'required courses expired', to: '/training' },
              { value: home.training.expiring, label: 'required courses expiring', to: '/training' },
              {
                value: `${home.charter.met} of ${home.charter.met + home.charter.notMet + home.charter.notMeasured}`,
                label: 'Charter commitments met',
                to: '/charter',
              },
              { value: home.apprenticeships.behind.length, label: 'apprentices behind', to: '/apprenticeships' },
              { value: home.sickToday.length, label: 'off sick today', to: '/availability' },
            ]}
          />
          <div className="home-grid">
            <div>
              <Panel title="This week’s cover">
                <CoverageChart coverage={home.coverage} />
                <p>
                  <Link to="/rota">Open the rota</Link>
                </p>
              </Panel>
              <Panel title="Compliance due">
                <DataTable
                  label="Compliance due"
                  columns={COMPLIANCE_COLUMNS}
                  rows={home.compliance}
                  rowKey={(r) => r.kind}
                />
                <p>
                  <Link to="/compliance">Open the compliance dashboard</Link>
                </p>
              </Panel>
              <Panel title="Off sick today">
                <SickTodayList sick={home.sickToday} />
              </Panel>
              {/* The shorter column, so the hub shows without a long scroll. */}
              <HubToday />
            </div>
            <div>
              <Panel title="Pay floor">
                <p>
                  {home.payFloor.floorPence === null
                    ? 'No pay floor is set for today.'
                    : `The floor is ${formatPence(home.payFloor.floorPence)} an hour; ${count(
                        home.payFloor.below.length,
                        'worker is',
                        'workers are',
                      )} paid below it, of ${home.payFloor.staffChecked} checked.`}{' '}
                  <Link to="/policy/pay">Pay policy</Link>
                </p>
                {home.payFloor.below.length > 0 && (
                  <ul className="home-list">
                    {home.payFloor.below.map((b) => (
                      <li key={b.staffId}>
                        <Link to={`/staff/${b.staffId}?tab=pay`}>{b.name}</Link>: {b.detail}
                      </li>
                    ))}
                  </ul>
                )}
              </Panel>
              <Panel title="Training expiring">
                <TrainingExpiry byCourse={home.training.byCourse} />
              </Panel>
              <Panel title="Ethical Care Charter">
                <p>
                  {home.charter.met} commitments met, {home.charter.notMet} not met and {home.charter.notMeasured} not
                  yet measured. <Link to="/charter">Open the Charter checklist</Link>
                </p>
              </Panel>
              <Panel title="Apprenticeships">
                <p>
                  {count(home.apprenticeships.active, 'apprentice', 'apprentices')} in training;{' '}
                  {count(home.apprenticeships.behind.length, 'is', 'are')} behind on off-the-job hours.
                </p>
                {home.apprenticeships.behind.length > 0 && (
                  <ul className="home-list">
                    {home.apprenticeships.behind.map((a) => (
                      <li key={a.id}>
                        <Link to={`/apprenticeships/${a.id}`}>{a.name}</Link> ({a.standardTitle}): needs{' '}
                        {a.catchUpHoursPerWeek.toFixed(1)} hours a week to catch up
                      </li>
                    ))}
                  </ul>
                )}
              </Panel>
              <VisitTimesPanel />
            </div>
          </div>
        </>
      )}
    </QueryState>
  );
}
