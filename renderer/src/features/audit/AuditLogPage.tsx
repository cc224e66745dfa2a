import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import type { AuditEntry } from '@shared/domain/audit/audit';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Banner, PageHeader, Tag } from '@renderer/components/Layout';
import { formatInstant } from '@shared/domain/time/format';

const COLUMNS: Column<AuditEntry>[] = [
  { key: 'seq', header: '#', width: '70px', render: (e) => e.seq },
  { key: 'at', header: 'When', width: '190px', render: (e) => formatInstant(e.at) },
  { key: 'actor', header: 'Who', width: 'minmax(110px, 1fr)', render: (e) => e.actor },
  {
    key: 'action',
    header: 'What',
    width: 'minmax(160px, 1.4fr)',
    render: (e) => <span className="mono">{e.action}</span>,
  },
  {
    key: 'record',
    header: 'Record',
    width: 'minmax(120px, 1fr)',
    render: (e) => (e.entity ? `${e.entity} ${e.entityId?.slice(-8) ?? ''}` : ''),
  },
  {
    key: 'outcome',
    header: 'Outcome',
    width: '100px',
    render: (e) => (
      <Tag tone={e.outcome === 'success' ? 'green' : e.outcome === 'denied' ? 'red' : 'amber'}>{e.outcome}</Tag>
    ),
  },
  { key: 'detail', header: 'Detail', width: 'minmax(140px, 1.5fr)', render: (e) => e.detail ?? '' },
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
      <div className="filter-bar" role="search" aria-label="Filter the audit log">
        <div className="field">
          <label className="field__label" htmlFor="audit-action">
            Action contains
          </label>
          <input id="audit-action" className="input" value={action} onChange={(e) => setAction(e.target.value)} />
        </div>
      </div>
      <DataTable label="Audit entries" columns={COLUMNS} rows={entries.data ?? []} rowKey={(e) => String(e.seq)} />
    </>
  );
}
