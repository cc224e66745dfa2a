import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/api-context';
import { procedureQuery } from '../../api/queries';
import { QueryState, Tag } from '../../components/Layout';

/** What expires in the next 90 days (or lapsed recently), and whether a renewal is booked. */
export function AlertsView() {
  const api = useApi();
  const [unbookedOnly, setUnbookedOnly] = useState(true);
  const alerts = useQuery(procedureQuery(api, 'training.alerts', { unbookedOnly }));
  return (
    <>
      <div className="filter-bar">
        <label className="checkbox">
          <input type="checkbox" checked={unbookedOnly} onChange={(e) => setUnbookedOnly(e.target.checked)} /> Only people with nothing booked to renew
        </label>
      </div>
      <QueryState isLoading={alerts.isLoading} error={alerts.error}>
        <p>{alerts.data?.length ?? 0} records need renewing.</p>
        <table className="simple-table">
          <caption className="visually-hidden">Expiring training</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Course</th>
              <th scope="col">Expires</th>
              <th scope="col">Renewal</th>
            </tr>
          </thead>
          <tbody>
            {(alerts.data ?? []).slice(0, 500).map((alert) => (
              <tr key={`${alert.staffId}-${alert.courseId}`}>
                <td>
                  <Link to={`/training/staff/${alert.staffId}`}>{alert.name}</Link>
                </td>
                <td>{alert.courseName}</td>
                <td>
                  {alert.expiresOn}{' '}
                  <Tag tone={alert.daysLeft < 0 ? 'red' : alert.daysLeft < 30 ? 'amber' : 'blue'}>
                    {alert.daysLeft < 0 ? `expired ${-alert.daysLeft} days ago` : `in ${alert.daysLeft} days`}
                  </Tag>
                </td>
                <td>{alert.bookedSessionDate ? `Booked for ${alert.bookedSessionDate}` : <Tag tone="red">Nothing booked</Tag>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </QueryState>
    </>
  );
}
