import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import type { AuditEntry } from '@shared/domain/audit/audit';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { FilterBar, SearchField } from '@renderer/components/FilterBar';
import { Banner, PageHeader, QueryError, Tag } from '@renderer/components/Layout';
import { formatInstant } from '@shared/domain/time/format';

const COLUMNS: Column<AuditEntry>[] = [
  { key: 'seq', header: '#', width: '4.5em', render: (e) => e.seq },
  { key: 'at', header: 'When', width: '12em', render: (e) => formatInstant(e.at) },
  { key: 'actor', header: 'Who', width: '10%', render: (e) => e.actor },
  {
    key: 'action',
    header: 'What',
    width: '23%',
    render: (e) => <span className="mono">{e.action}</span>,
  },
  {
    key: 'record',
    header: 'Record',
    width: '14%',
    render: (e) => (e.entity ? `${e.entity} ${e.entityId?.slice(-8) ?? ''}` : ''),
  },
  {
    key: 'outcome',
    header: 'Outcome',
    width: '8em',
    render: (e) => (
      <Tag tone={e.outcome === 'success' ? 'green' : e.outcome === 'denied' ? 'red' : 'amber'}>{e.outcome}</Tag>
    ),
  },
  { key: 'detail', header: 'Detail', render: (e) => e.detail ?? '' },
];

/** The append-only audit log, newest first, with a check of its hash chain. */
export function AuditLogPage() {
  const api = useApi();
  const [action, setAction] = useState('');
  const deferred = useDeferredValue(action);
  const entries = useQuery(procedureQuery(api, 'audit.list', { action: deferred, limit: 1000 }));
  const verification = useQuery({ ...procedureQuery(api, 'audit.verify', {}), enabled: false });
  return (
    <>
      <PageHeader
        title="Audit log"
        caption="Every sign-in and change, chained so tampering shows"
        actions={
          <Button variant="secondary" onClick={() => void verification.refetch()}>
            Check the chain
          </Button>
        }
      />
      <QueryError error={verification.error} what="the chain check" />
      {verification.data &&
        (verification.data.ok ? (
          <Banner tone="success" title="Intact.">
            All {verification.data.entries} entries chain correctly.
          </Banner>
        ) : (
          <Banner tone="error" title="Broken.">
            The chain breaks at entry {verification.data.firstBrokenSeq}: the log has been altered.
          </Banner>
        ))}
      <FilterBar label="Filter the audit log">
        <SearchField id="audit-action" label="Action contains" value={action} onChange={setAction} />
      </FilterBar>
      <QueryError error={entries.error} what="the audit log" />
      <DataTable
        label="Audit entries"
        columns={COLUMNS}
        rows={entries.data ?? []}
        rowKey={(e) => String(e.seq)}
        empty={entries.isLoading ? 'Loading…' : 'No entries match.'}
      />
    </>
  );
}
