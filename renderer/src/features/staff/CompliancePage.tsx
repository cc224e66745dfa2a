import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatPence } from '@shared/domain/policy/pay-policy';
import { COMPLIANCE_KIND_LABELS, ComplianceKind, type ComplianceLine } from '@shared/domain/staff/compliance';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { PageHeader, QueryState, Tag } from '@renderer/components/Layout';
import { formatDate } from '@shared/domain/time/format';
import { PayParityPanel } from '../pay-parity/PayParityPanel';
import { DbsPendingPolicyPanel } from '../dbs-pending/DbsPendingPolicyPanel';

const TONE = { overdue: 'red', due: 'amber', info: 'grey' } as const;
const SEVERITY_LABEL = { overdue: 'Act now', due: 'Due soon', info: 'Review' } as const;

/** The compliance dashboard: every line links to the record (and tab) that fixes it. */
export function CompliancePage() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'compliance.dashboard', {}));
  const data = query.data;
  return (
    <>
      <PageHeader caption="Staff" title="Compliance" />
      <QueryState isLoading={query.isLoading} error={query.error} what="the compliance dashboard">
        {data && (
          <>
            <p>
              {data.staffChecked} current staff checked on {formatDate(data.today)} against a pay floor of{' '}
              {formatPence(data.floorPence)} an hour (<Link to="/policy/pay">pay policy</Link>).
            </p>
            <div className="stat-grid">
              {ComplianceKind.options.map((kind) => (
                <a
                  key={kind}
                  className="stat"
                  href={`#${kind}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(kind)?.scrollIntoView();
                  }}
                >
                  <span className="stat__value">{data.counts[kind]}</span>
                  <span className="stat__label">{COMPLIANCE_KIND_LABELS[kind]}</span>
                </a>
              ))}
            </div>
            {ComplianceKind.options.map((kind) => (
              <KindPanel key={kind} kind={kind} lines={data.lines.filter((l) => l.kind === kind)} />
            ))}
            <DbsPendingPolicyPanel />
            <PayParityPanel />
          </>
        )}
      </QueryState>
    </>
  );
}

const LINE_COLUMNS: Column<ComplianceLine>[] = [
  {
    key: 'name',
    header: 'Name',
    render: (line) => <Link to={`/staff/${line.staffId}?tab=${line.tab}`}>{line.name}</Link>,
    sortValue: (line) => line.name,
  },
  {
    key: 'reference',
    header: 'Reference',
    width: '9em',
    render: (line) => <span className="mono">{line.reference}</span>,
    sortValue: (line) => line.reference,
  },
  { key: 'detail', header: 'What', render: (line) => line.detail, sortValue: (line) => [line.date, line.name] },
  {
    key: 'status',
    header: 'Status',
    width: '8em',
    render: (line) => <Tag tone={TONE[line.severity]}>{SEVERITY_LABEL[line.severity]}</Tag>,
  },
];

function KindPanel({ kind, lines }: { kind: ComplianceKind; lines: ComplianceLine[] }) {
  return (
    <section className="panel" id={kind} aria-labelledby={`${kind}-title`}>
      <h2 id={`${kind}-title`}>
        {COMPLIANCE_KIND_LABELS[kind]} ({lines.length})
      </h2>
      {lines.length === 0 ? (
        <p className="muted">Nobody: all clear.</p>
      ) : (
        <DataTable
          label={COMPLIANCE_KIND_LABELS[kind]}
          columns={LINE_COLUMNS}
          rows={lines}
          rowKey={(line) => `${line.kind}-${line.staffId}`}
          initialSort={{ key: 'detail', direction: 'asc' }}
          search={
            lines.length > 10
              ? { label: 'Search by name or reference', text: (l) => `${l.name} ${l.reference}` }
              : undefined
          }
        />
      )}
    </section>
  );
}
