import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { SummaryPreview, SyncSettings } from '@shared/domain/sync/sync-views';
import { formatInstant } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { Banner, Panel, SummaryList } from '@renderer/components/Layout';
import { SummaryReadingView } from './SummaryReadingView';
import { stateWords } from './sync-words';

/** What the flow shows of a previewed summary, weekly or monthly. */
type Preview = Pick<SummaryPreview, 'periodLabel' | 'notReady' | 'reading' | 'alreadyQueued'>;

/**
 * One summary before it goes, weekly or monthly: why it cannot be built yet, or its reading with "queue now", then a
 * check-your-answers step before anything is queued. Give it a `key` per period so a new period starts unchecked.
 */
export function QueueSummaryFlow({
  preview,
  span,
  what,
  intro,
  queue,
}: {
  preview: Preview;
  span: 'week' | 'month';
  /** What the summary holds, for the check step ("Care delivered and the hub"). */
  what: string;
  intro?: ReactNode;
  queue: { pending: boolean; queued: boolean; error: Error | null; onQueue: (settled: () => void) => void };
}) {
  const api = useApi();
  const settings = useQuery(procedureQuery(api, 'sync.settings', {}));
  const [checking, setChecking] = useState(false);
  return (
    <>
      {queue.queued && (
        <Banner tone="success" title="Summary queued">
          <p>
            The summary ({preview.periodLabel}) is queued and goes to the council as soon as it can be reached. Its
            progress is under Status.
          </p>
        </Banner>
      )}
      <ErrorSummary error={queue.error} />
      {preview.notReady ? (
        <Panel title={preview.periodLabel}>
          <p>{preview.notReady}</p>
        </Panel>
      ) : checking && settings.data ? (
        <CheckBeforeQueue
          what={what}
          span={span}
          preview={preview}
          settings={settings.data}
          pending={queue.pending}
          onQueue={() => queue.onQueue(() => setChecking(false))}
          onBack={() => setChecking(false)}
        />
      ) : (
        preview.reading && (
          <Panel title={`What the council will receive: ${preview.periodLabel}`}>
            {intro}
            {preview.alreadyQueued && <AlreadyQueued queued={preview.alreadyQueued} span={span} />}
            <SummaryReadingView reading={preview.reading} />
            <div className="button-row">
              <Button onClick={() => setChecking(true)}>Queue this summary now</Button>
            </div>
          </Panel>
        )
      )}
    </>
  );
}

function AlreadyQueued({
  queued,
  span,
}: {
  queued: NonNullable<SummaryPreview['alreadyQueued']>;
  span: 'week' | 'month';
}) {
  const state = stateWords({ state: queued.state, nextAttemptAt: null }).toLowerCase();
  const changed = span === 'week' ? 'the rota has changed' : 'the month’s records have been corrected';
  return (
    <Banner tone="warning" title={`A summary for this ${span} was queued before`}>
      <p>
        It was queued on {formatInstant(queued.enqueuedAt)} ({state}). Queue another only if {changed} since: the
        council keeps both.
      </p>
    </Banner>
  );
}

/** Check your answers before a summary is queued: what goes, where, and under which name. */
function CheckBeforeQueue({
  what,
  span,
  preview,
  settings,
  pending,
  onQueue,
  onBack,
}: {
  what: string;
  span: 'week' | 'month';
  preview: Preview;
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
          { key: 'Summary', value: `${what}: ${preview.periodLabel}` },
          { key: 'Sent to', value: settings.councilUrl ?? 'No council address set yet: it waits until one is set' },
          { key: 'This branch at the council', value: settings.branchId ?? settings.suggestedBranchId },
          {
            key: 'Figures held back',
            value: held === 0 ? 'None' : `${held}, each marked in the summary with the reason`,
          },
        ]}
      />
      {preview.alreadyQueued && <AlreadyQueued queued={preview.alreadyQueued} span={span} />}
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
