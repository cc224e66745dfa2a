import { useQuery } from '@tanstack/react-query';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { formatMonthName } from '@shared/domain/time/format';
import { BarChart } from '../pathway/BarChart';
import '../pathway/pathway.css';

interface CategoryRow {
  key: string;
  label: string;
  count: number;
}

const CATEGORY_COLUMNS: Column<CategoryRow>[] = [
  { key: 'category', header: 'Category', render: (row) => row.label },
  { key: 'count', header: 'Workers', width: '7em', render: (row) => row.count },
];

/** Care as a career of choice: how people progress in the branch over time. */
export function CareerPage() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'pathway.career', {}));
  const c = query.data;
  const fills = c ? c.internalFills + c.externalFills : 0;
  return (
    <>
      <PageHeader title="Care as a career of choice" caption="Career pathway" />
      <QueryState isLoading={query.isLoading} error={query.error}>
        {c && (
          <>
            <div className="stat-grid">
              <div className="stat">
                <span className="stat__value">{c.promotionsLast12Months}</span>
                <span className="stat__label">promotions in the last 12 months</span>
              </div>
              <div className="stat">
                <span className="stat__value">
                  {fills === 0 ? '–' : `${Math.round((c.internalFills / fills) * 100)}%`}
                </span>
                <span className="stat__label">
                  {`of ${fills} posts above entry filled from inside ` +
                    `(${c.internalFills} internal, ${c.externalFills} external)`}
                </span>
              </div>
              <div className="stat">
                <span className="stat__value">{c.boroughResidents}</span>
                <span className="stat__label">
                  {`of ${c.activeWorkers} staff live in the ` + `borough (${c.boroughUnknown} not known)`}
                </span>
              </div>
            </div>
            <div className="two-columns">
              <Panel title="Promotions by month">
                <BarChart
                  title="Promotions in each of the last 12 months"
                  data={c.promotionsByMonth.map((m) => ({ label: formatMonthName(m.month), value: m.count }))}
                />
              </Panel>
              <Panel title="Workers by Care Workforce Pathway category">
                <DataTable
                  label="Workers by Care Workforce Pathway category"
                  columns={CATEGORY_COLUMNS}
                  rows={[
                    ...c.byCategory.map((row) => ({
                      key: String(row.cwpCategory),
                      label: `${row.cwpCategory}. ${row.label}`,
                      count: row.count,
                    })),
                    { key: 'none', label: 'Not on the care pathway (office roles)', count: c.notPlaced },
                  ]}
                  rowKey={(row) => row.key}
                />
              </Panel>
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
