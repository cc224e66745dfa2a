import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { jobRoleLabel } from '@shared/domain/staff/job-roles';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { Banner, PageHeader, Panel, QueryState, SummaryList, Tag } from '@renderer/components/Layout';
import { StaffRecordTabs } from './StaffRecordTabs';
import { formatDate } from '@shared/domain/time/format';

/** One staff record. */
export function StaffDetailPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const isCoordinator = useHasRole('coordinator');
  const api = useApi();
  const isManager = useHasRole('manager');
  const canReadFull = isManager || isCoordinator;
  const query = useQuery(procedureQuery(api, 'staff.get', { id }));
  const archive = useProcedureMutation('staff.archive');
  const staff = query.data;
  const details = staff && (
    <Panel title="Details">
      <SummaryList
        items={[
          { key: 'Name', value: `${staff.givenName} ${staff.familyName}` },
          { key: 'Preferred name', value: staff.preferredName },
          { key: 'Staff reference', value: <span className="mono">{staff.reference}</span> },
          { key: 'Job role', value: jobRoleLabel(staff.jobRole) },
          { key: 'Start date', value: formatDate(staff.startDate) },
          { key: 'Email', value: staff.email },
          { key: 'Phone', value: staff.phone },
          { key: 'Status', value: <Tag tone={staff.status === 'active' ? 'green' : 'grey'}>{staff.status}</Tag> },
        ]}
      />
    </Panel>
  );
  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {staff && (
        <>
          <PageHeader
            caption="Staff"
            title={`${staff.preferredName ?? staff.givenName} ${staff.familyName}`}
            actions={
              isManager && (
                <>
                  <Link className="button button--secondary" to={`/staff/${staff.id}/edit`}>
                    Edit
                  </Link>
                  <Button
                    variant="secondary"
                    disabled={archive.isPending}
                    onClick={() => archive.mutate({ id: staff.id, archived: staff.status === 'active' })}
                  >
                    {staff.status === 'active' ? 'Archive' : 'Restore'}
                  </Button>
                </>
              )
            }
          />
          {staff.status === 'archived' && (
            <Banner tone="warning">This record is archived: it is kept, but left out of day-to-day lists.</Banner>
          )}
          <ErrorSummary error={archive.error} />
          {canReadFull ? (
            <StaffRecordTabs staff={staff} initialTab={search.get('tab')} foundation={details} />
          ) : (
            details
          )}
        </>
      )}
    </QueryState>
  );
}
