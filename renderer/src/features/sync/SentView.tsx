import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { OutboxEntry } from '@shared/domain/sync/sync-views';
import { formatInstant } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Panel, QueryState } from '@renderer/components/Layout';
import { SummaryReadingView } from './SummaryReadingView';
import { entryPeriod, stateWords } from './sync-words';

/** Every summary queued, newest first; any can be opened to answer the council's questions about it. */
export function SentView() {
  const api = useApi();
  const history = useQuery(procedureQuery(api, 'sync.history', {}));
  const [open, setOpen] = useState<OutboxEntry | null>(null);
  const columns: Column<OutboxEntry>[] = [
    {
      key: 'period',
      header: 'Summary',
      rowHeader: true,
      render: (e) => entryPeriod(e),
      sortValue: (e) => e.periodStart,
    },
    { key: 'queued', header: 'Queued', render: (e) => formatInstant(e.enqueuedAt), sortValue: (e) => e.enqueuedAt },
    { key: 'state', header: 'State', render: (e) => stateWords(e) },
    { key: 'sent', header: 'Sent', render: (e) => (e.sentAt ? formatInstant(e.sentAt) : 'Not yet') },
    {
      key: 'open',
      header: 'Open',
      width: '7em',
      render: (e) => (
        <Button variant="secondary" aria-label={`Open the summary: ${entryPeriod(e)}`} onClick={() => setOpen(e)}>
          Open
        </Button>
      ),
    },
  ];
  if (open) return <OpenSummary entry={open} onClose={() => setOpen(null)} />;
  return (
    <QueryState isLoading={history.isLoading} error={history.error} what="the summaries sent">
      {history.data && (
        <DataTable
          label="Summaries queued and sent"
          columns={columns}
          rows={history.data}
          rowKey={(e) => e.summaryId}
          empty="No summary has been queued yet."
        />
      )}
    </QueryState>
  );
}

function OpenSummary({ entry, onClose }: { entry: OutboxEntry; onClose: () => void }) {
  const api = useApi();
  const reading = useQuery(procedureQuery(api, 'sync.open', { summaryId: entry.summaryId }));
  return (
    <Panel title={`Summary: ${entryPeriod(entry)}`}>
      <p>
        Queued {formatInstant(entry.enqueuedAt)}; {stateWords(entry).toLowerCase()}
        {entry.sentAt ? ` on ${formatInstant(entry.sentAt)}` : ''}. Its reference at the council is{' '}
        <span className="mono">{entry.summaryId}</span>.
      </p>
      <div className="button-row">
        <Button variant="secondary" onClick={onClose}>
          Back to all summaries
        </Button>
      </div>
      <QueryState isLoading={reading.isLoading} error={reading.error} what="this summary">
        {reading.data && <SummaryReadingView reading={reading.data} />}
      </QueryState>
    </Panel>
  );
}
