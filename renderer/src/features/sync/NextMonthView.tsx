import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { QueryState } from '@renderer/components/Layout';
import { QueueSummaryFlow } from './QueueSummaryFlow';

/**
 * The monthly workforce summary before it goes: a finished month's workforce, pay, training, apprenticeships and
 * Charter figures in plain words and as the exact JSON (the last finished month unless the manager steps back), and
 * "queue now" through the same check-your-answers step as the weekly summary.
 */
export function NextMonthView() {
  const api = useApi();
  const [month, setMonth] = useState<string | null>(null);
  const preview = useQuery(procedureQuery(api, 'sync.previewMonth', month ? { month } : {}));
  const queue = useProcedureMutation('sync.queueMonth');
  const choose = (next: string) => {
    setMonth(next);
    queue.reset();
  };
  const data = preview.data;
  return (
    <QueryState isLoading={preview.isLoading} error={preview.error} what="the monthly workforce summary">
      {data && (
        <>
          <div className="button-row" role="group" aria-label="Choose the month">
            <Button variant="secondary" onClick={() => choose(data.previousMonth)}>
              Month before
            </Button>
            <strong aria-live="polite">{data.periodLabel}</strong>
            {data.nextMonth && (
              <Button variant="secondary" onClick={() => choose(data.nextMonth ?? data.month)}>
                Month after
              </Button>
            )}
          </div>
          <QueueSummaryFlow
            key={data.month}
            preview={data}
            span="month"
            what="Workforce, pay, training, apprenticeships and the Charter"
            intro={
              <p>
                Figures as they stood on the last day of the month. Workers are counted in groups; no name, date of
                birth or other personal detail is sent.
              </p>
            }
            queue={{
              pending: queue.isPending,
              queued: queue.isSuccess,
              error: queue.error,
              onQueue: (settled) => queue.mutate({ month: data.month }, { onSettled: settled }),
            }}
          />
        </>
      )}
    </QueryState>
  );
}
