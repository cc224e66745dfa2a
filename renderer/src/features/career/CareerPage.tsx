import { useQuery } from '@tanstack/react-query';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { formatMonthName } from '@shared/domain/time/format';
import { BarChart } from '../pathway/BarChart';
import '../pathway/pathway.css';

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
                <table className="simple-table">
                  <thead>
                    <tr>
                      <th scope="col">Category</th>
                      <th scope="col">Workers</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.byCategory.map((row) => (
                      <tr key={row.cwpCategory}>
                        <td>{`${row.cwpCategory}. ${row.label}`}</td>
                        <td>{row.count}</td>
                      </tr>
                    ))}
                    <tr>
                      <td>Not on the care pathway (office roles)</td>
                      <td>{c.notPlaced}</td>
                    </tr>
                  </tbody>
                </table>
              </Panel>
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
