import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { CharterItem } from '@shared/domain/staff/charter';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { PageHeader, QueryState, Tag } from '@renderer/components/Layout';
import { formatWeek } from '@shared/domain/time/format';

const STATUS = {
  met: { tone: 'green', label: 'Met' },
  not_met: { tone: 'red', label: 'Not met' },
  not_measured: { tone: 'grey', label: 'Not measured' },
} as const;
const BASIS = { data: 'From the records', declared: '', none: '' } as const;

const COLUMNS: Column<CharterItem>[] = [
  { key: 'commitment', header: 'Commitment', render: (item) => `${item.stage}.${item.number} ${item.commitment}` },
  {
    key: 'status',
    header: 'Status',
    width: '11em',
    render: (item) => <Tag tone={STATUS[item.status].tone}>{STATUS[item.status].label}</Tag>,
  },
  {
    key: 'figure',
    header: 'Figure',
    render: (item) => (
      <>
        {item.figure}
        {BASIS[item.basis] && <span className="muted"> ({BASIS[item.basis]})</span>}
      </>
    ),
  },
];

/** Which planned weeks the rota measures read, in plain words. */
function RotaWeeks({ weeks }: { weeks: readonly string[] }) {
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (first === undefined || last === undefined)
    return <p>No rota is planned for the weeks around today, so the rota measures cannot be worked out yet.</p>;
  return (
    <p>
      Rota measures read the planned {weeks.length === 1 ? 'week' : 'weeks'}: {formatWeek(first)}
      {first === last ? '' : ` to ${formatWeek(last)}`}.
    </p>
  );
}

/** The UNISON Ethical Care Charter checklist for the branch, stage by stage. */
export function CharterPage() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'compliance.charter', {}));
  return (
    <>
      <PageHeader caption="Branch" title="Ethical Care Charter" />
      <p>Each commitment is worked out from the branch’s records where they hold the answer.</p>
      <p>
        Where the records cannot answer, the manager’s answers on the <Link to="/workplace">workplace page</Link> are
        shown instead.
      </p>
      {query.data && <RotaWeeks weeks={query.data.rotaWeeks} />}
      <QueryState isLoading={query.isLoading} error={query.error} what="the Charter checklist">
        {query.data &&
          [1, 2, 3].map((stage) => (
            <section key={stage} className="panel" aria-labelledby={`stage-${stage}`}>
              <h2 id={`stage-${stage}`}>Stage {stage}</h2>
              <DataTable
                label={`Stage ${stage} commitments`}
                columns={COLUMNS}
                rows={query.data.items.filter((item) => item.stage === stage)}
                rowKey={(item) => `${item.stage}.${item.number}`}
              />
            </section>
          ))}
      </QueryState>
    </>
  );
}
