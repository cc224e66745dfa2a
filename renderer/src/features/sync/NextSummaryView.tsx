import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { SummaryPreview, SyncSettings } from '@shared/domain/sync/sync-views';
import { formatInstant } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { Banner, Panel, QueryState, SummaryList } from '@renderer/components/Layout';
import { WeekPicker } from '@renderer/features/rota/WeekPicker';
import { SummaryReadingView } from './SummaryReadingView';
import { stateWords } from './sync-words';

/**
 * The next summary before it goes: a week's figures in plain words and as the exact JSON (the last finished week
 * unless the manager picks another), and "queue now" through a check-your-answers step.
 */
export function NextSummaryView() {
  const api = useApi();
  const [week, setWeek] = useState<string | null>(null);
  const preview = useQuery(procedureQuery(api, 'sync.preview', week ? { isoWeek: week } : {}));
  const settings = useQuery(procedureQuery(api, 'sync.settings', {}));
  const [checking, setChecking] = useState(false);
  const queue = useProcedureMutation('sync.queueNow');
  const choose = (isoWeek: string) => {
    setWeek(isoWeek);
    setChecking(false);
    queue.reset();
  };
  return (
    <QueryState isLoading={preview.isLoading} error={preview.error} what="the next summary">
      {preview.data && (
        <>
          <WeekPicker value={preview.data.isoWeek} onChange={choose} />
          {queue.data && (
            <Banner tone="success" title="Summary queued">
              <p>
                The summary ({preview.data.periodLabel}) is queued and goes to the council as soon as it can be reached.
                Its progress is under Status.
              </p>
            </Banner>
          )}
          <ErrorSummary error={queue.error} />
          {preview.data.notReady ? (
            <Panel title={preview.data.periodLabel}>
              <p>{preview.data.notReady}</p>
            </Panel>
          ) : checking && settings.data ? (
            <CheckBeforeQueue
              preview={preview.data}
              settings={settings.data}
              pending={queue.isPending}
              onQueue={() =>
                queue.mutate(
                  { isoWeek: preview.data.isoWeek },
                  { onSuccess: () => setChecking(false), onError: () => setChecking(false) },
                )
              }
              onBack={() => setChecking(false)}
            />
          ) : (
            preview.data.reading && (
              <Panel title={`What the council will receive: ${preview.data.periodLabel}`}>
                {preview.data.alreadyQueued && <AlreadyQueued queued={preview.data.alreadyQueued} />}
                <SummaryReadingView reading={preview.data.reading} />
                <div className="button-row">
                  <Button onClick={() => setChecking(true)}>Queue this summary now</Button>
                </div>
              </Panel>
            )
          )}
        </>
      )}
    </QueryState>
  );
}

function AlreadyQueued({ queued }: { queued: NonNullable<SummaryPreview['alreadyQueued']> }) {
  const state = stateWords({ state: queued.state, nextAttemptAt: null }).toLowerCase();
  return (
    <Banner tone="warning" title="A summary for this week was queued before">
      <p>
        It was queued on {formatInstant(queued.enqueuedAt)} ({state}). Queue another only if the rota has changed since:
        the council keeps both.
      </p>
    </Banner>
  );
}

/** Check your answers before a summary is queued: what goes, where, and under which name. */
function CheckBeforeQueue({
  preview,
  settings,
  pending,
  onQueue,
  onBack,
}: {
  preview: SummaryPreview;
  settings: SyncSettings;
  pending: boolean;
  onQueue: () => void;
  onBack: () => void;
}) {
  const held = preview.reading?.suppressed.length ?? 0;
  return (
    <Panel title="Check before you queue this summary">
      <SummaryList
        items={[
          { key: 'Summary', value: `Care delivered and the hub: ${preview.periodLabel}` },
          { key: 'Sent to', value: settings.councilUrl ?? 'No council address set yet: it waits until one is set' },
          { key: 'This branch at the council', value: settings.branchId ?? settings.suggestedBranchId },
          {
            key: 'Figures held back',
            value: held === 0 ? 'None' : `${held}, each marked in the summary with the reason`,
          },
        ]}
      />
      {preview.alreadyQueued && <AlreadyQueued queued={preview.alreadyQueued} />}
      <p>Once sent, a summary cannot be taken back from the council. A copy is kept here under Sent.</p>
      <div className="button-row">
        <Button disabled={pending} onClick={onQueue}>
          Queue and send
        </Button>
        <Button variant="secondary" onClick={onBack}>
          Go back
        </Button>
      </div>
    </Panel>
  );
}
