import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { QueryState } from '@renderer/components/Layout';
import { WeekPicker } from '@renderer/features/rota/WeekPicker';
import { QueueSummaryFlow } from './QueueSummaryFlow';

/**
 * The next summary before it goes: a week's figures in plain words and as the exact JSON (the last finished week
 * unless the manager picks another), and "queue now" through a check-your-answers step.
 */
export function NextSummaryView() {
  const api = useApi();
  const [week, setWeek] = useState<string | null>(null);
  const preview = useQuery(procedureQuery(api, 'sync.preview', week ? { isoWeek: week } : {}));
  const queue = useProcedureMutation('sync.queueNow');
  const choose = (isoWeek: string) => {
    setWeek(isoWeek);
    queue.reset();
  };
  const data = preview.data;
  return (
    <QueryState isLoading={preview.isLoading} error={preview.error} what="the next summary">
      {data && (
        <>
          <WeekPicker value={data.isoWeek} onChange={choose} />
          <QueueSummaryFlow
            key={data.isoWeek}
            preview={data}
            span="week"
            what="Care delivered and the hub"
            queue={{
              pending: queue.isPending,
              queued: queue.isSuccess,
              error: queue.error,
              onQueue: (settled) => queue.mutate({ isoWeek: data.isoWeek }, { onSettled: settled }),
            }}
          />
        </>
      )}
    </QueryState>
  );
}
