import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatPence } from '@shared/domain/policy/pay-policy';
import { COMPLIANCE_KIND_LABELS, ComplianceKind, type ComplianceLine } from '@shared/domain/staff/compliance';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { PageHeader, QueryState, Tag } from '@renderer/components/Layout';
import { formatDate } from '@shared/domain/time/format';

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
      <QueryState isLoading={query.isLoading} error={query.error}>
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
          </>
        )}
      </QueryState>
    </>
  );
}

function KindPanel({ kind, lines }: { kind: ComplianceKind; lines: ComplianceLine[] }) {
  const sorted = [...lines].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.name.localeCompare(b.name));
  return (
    <section className="panel" id={kind} aria-labelledby={`${kind}-title`}>
      <h2 id={`${kind}-title`}>
        {COMPLIANCE_KIND_LABELS[kind]} ({lines.length})
      </h2>
      {lines.length === 0 ? (
        <p className="muted">Nobody: all clear.</p>
      ) : (
        <table className="simple-table">
          <caption className="visually-hidden">{COMPLIANCE_KIND_LABELS[kind]}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Reference</th>
              <th scope="col">What</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((line) => (
              <tr key={`${line.kind}-${line.staffId}`}>
                <td>
                  <Link to={`/staff/${line.staffId}?tab=${line.tab}`}>{line.name}</Link>
                </td>
                <td className="mono">{line.reference}</td>
                <td>{line.detail}</td>
                <td>
                  <Tag tone={TONE[line.severity]}>{SEVERITY_LABEL[line.severity]}</Tag>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
