import { useQuery } from '@tanstack/react-query';
import type { OutboxEntry } from '@shared/domain/sync/sync-views';
import { formatInstant } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { Banner, Panel, QueryState, SummaryList } from '@renderer/components/Layout';
import { entryPeriod } from './sync-words';

/** What the last "send now" or "retry" did, in words. */
function sendWords(out: { sent: number; parked: number; problem: string | null }): string {
  const sent = out.sent === 1 ? '1 summary sent' : `${out.sent} summaries sent`;
  const parked = out.parked > 0 ? `; ${out.parked} stopped (see below)` : '';
  return `${sent}${parked}.${out.problem ? ` ${out.problem}` : ''}`;
}

/** The status panel: the last successful sync, what waits, what is stopped and why, with send now and retry. */
export function StatusView() {
  const api = useApi();
  const status = useQuery(procedureQuery(api, 'sync.status', {}));
  const send = useProcedureMutation('sync.sendNow');
  const retry = useProcedureMutation('sync.retry');
  const done = send.data ?? retry.data;
  const columns: Column<OutboxEntry>[] = [
    { key: 'period', header: 'Summary', width: '14em', rowHeader: true, render: (e) => entryPeriod(e) },
    { key: 'why', header: 'Why it stopped', render: (e) => e.lastError ?? 'No reason was given' },
    {
      key: 'retry',
      header: 'Try again',
      width: '9em',
      render: (e) => (
        <Button
          variant="secondary"
          disabled={retry.isPending}
          aria-label={`Try again to send the summary: ${entryPeriod(e)}`}
          onClick={() => {
            send.reset();
            retry.mutate({ summaryId: e.summaryId });
          }}
        >
          Try again
        </Button>
      ),
    },
  ];
  return (
    <QueryState isLoading={status.isLoading} error={status.error} what="the sync status">
      {status.data && (
        <>
          {status.data.problem && (
            <Banner tone="warning" title="Summaries cannot be sent yet">
              <p>{status.data.problem}</p>
            </Banner>
          )}
          {status.data.heldByToken && (
            <Banner tone="warning" title="The council refused the branch token">
              <p>Nothing is sent until the token is replaced under Settings and the stopped summary is tried again.</p>
            </Banner>
          )}
          {status.data.clockOffMinutes !== null && (
            <Banner tone="warning" title="This computer’s clock may be wrong">
              <p>
                It differs from the council’s by about {Math.abs(status.data.clockOffMinutes)} minutes. Check the date
                and time on this computer.
              </p>
            </Banner>
          )}
          <ErrorSummary error={send.error ?? retry.error} />
          {done && <Banner tone="success">{sendWords(done)}</Banner>}
          <Panel title="Sync status">
            <SummaryList
              items={[
                {
                  key: 'Last sent',
                  value: status.data.lastSentAt ? formatInstant(status.data.lastSentAt) : 'Nothing sent yet',
                },
                {
                  key: 'Waiting to send',
                  value:
                    status.data.waiting === 0
                      ? 'None'
                      : `${status.data.waiting} ${status.data.waiting === 1 ? 'summary' : 'summaries'}` +
                        (status.data.nextAttemptAt
                          ? `, tried again by itself ${formatInstant(status.data.nextAttemptAt)}`
                          : ''),
                },
                { key: 'Stopped', value: status.data.parked.length === 0 ? 'None' : `${status.data.parked.length}` },
              ]}
            />
            <p>
              Summaries are sent in order, one at a time. While the council cannot be reached they wait here and go when
              it can, however long that takes.
            </p>
            <div className="button-row">
              <Button
                disabled={send.isPending || status.data.waiting === 0}
                onClick={() => {
                  retry.reset();
                  send.mutate({});
                }}
              >
                Send now
              </Button>
            </div>
          </Panel>
          <Panel title="Stopped summaries">
            <p>The council refused these. Put right what it says, then try again.</p>
            <DataTable
              label="Stopped summaries"
              columns={columns}
              rows={status.data.parked}
              rowKey={(e) => e.summaryId}
              empty="None: the council has accepted everything sent."
            />
          </Panel>
        </>
      )}
    </QueryState>
  );
}
