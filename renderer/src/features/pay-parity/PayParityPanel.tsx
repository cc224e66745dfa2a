import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatPence } from '@shared/domain/policy/pay-policy';
import type { PayParityGap } from '@shared/domain/policy/pay-parity';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Panel, QueryState } from '@renderer/components/Layout';

const COLUMNS: Column<PayParityGap>[] = [
  {
    key: 'name',
    header: 'Name',
    render: (g) => <Link to={`/staff/${g.staffId}?tab=pay`}>{g.name}</Link>,
    sortValue: (g) => g.name,
  },
  { key: 'employer', header: 'Employer', render: (g) => g.employerName, sortValue: (g) => g.employerName },
  {
    key: 'role',
    header: 'Job role and step',
    render: (g) => `${g.jobRole}, ${g.step}`,
    sortValue: (g) => [g.jobRole, g.step],
  },
  { key: 'detail', header: 'The gap', render: (g) => g.detail },
  {
    key: 'hour',
    header: 'An hour',
    width: '6em',
    render: (g) => formatPence(g.gapPencePerHour),
    sortValue: (g) => g.gapPencePerHour,
  },
  {
    key: 'week',
    header: 'A week',
    width: '6em',
    render: (g) => (g.gapPencePerWeek === null ? 'No set hours' : formatPence(g.gapPencePerWeek)),
    sortValue: (g) => g.gapPencePerWeek ?? 0,
  },
];

/**
 * Pay parity, for the manager: the same job role and pathway step pays the same whoever employs the worker, so each
 * worker paid less than another employer pays for the same role and step is listed with the gap in words and money.
 */
export function PayParityPanel() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'compliance.payParity', {}));
  const data = query.data;
  return (
    <Panel title="Pay parity across employers">
      <QueryState isLoading={query.isLoading} error={query.error} what="the pay parity check">
        {data &&
          (data.employers < 2 ? (
            <p className="muted">Only the lead provider employs staff here: there is no other employer to compare.</p>
          ) : (
            <>
              <p>
                {data.groupsCompared === 1
                  ? '1 job role and pathway step is'
                  : `${data.groupsCompared} job roles and pathway steps are`}{' '}
                held by workers of more than one employer. Each employer’s rate for a role and step is the least it pays
                anyone there; a worker paid below another employer’s rate is listed.
              </p>
              {data.gaps.length === 0 ? (
                <p className="muted">Nobody: every employer pays the same for the same role and step.</p>
              ) : (
                <DataTable
                  label="Pay parity gaps"
                  columns={COLUMNS}
                  rows={data.gaps}
                  rowKey={(g) => g.staffId}
                  initialSort={{ key: 'hour', direction: 'desc' }}
                />
              )}
            </>
          ))}
      </QueryState>
    </Panel>
  );
}
