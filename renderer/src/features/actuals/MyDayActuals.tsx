import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ActualLine } from '@shared/domain/actuals/actuals';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useToday } from '@renderer/app/use-clock';
import { Button } from '@renderer/components/Button';
import { Panel, QueryState, Tag } from '@renderer/components/Layout';
import { actualWords, plannedWords, reasonWords } from './actuals-words';
import { RecordActualForm } from './RecordActualForm';

/**
 * The worker's visits today with what actually happened: each one's arrival and departure, recorded by the worker at
 * the hub or later the same day (earlier days are the office's to correct).
 */
export function MyDayActuals() {
  const api = useApi();
  const today = useToday();
  const query = useQuery(procedureQuery(api, 'actuals.myDay', { date: today }));
  const [open, setOpen] = useState<string | null>(null);
  const day = query.data;
  return (
    <Panel title="Today’s visits: what happened">
      <QueryState isLoading={query.isLoading} error={query.error} what="today’s visits">
        {day && day.lines.length === 0 && <p>You have no visits on the published rota today.</p>}
        {day && day.lines.length > 0 && (
          <ul className="rota-list">
            {day.lines.map((line) => (
              <li key={line.visitId}>
                <strong>{plannedWords(line)}</strong> {line.clientName}: {actualWords(line)}
                {reasonWords(line) !== '' && ` · ${reasonWords(line)}`}{' '}
                {line.actual && line.actual.source !== 'worker' && <Tag tone="grey">Recorded by the office</Tag>}
                {open === line.visitId ? (
                  <RecordActualForm
                    line={line}
                    staffId={null}
                    onDone={() => setOpen(null)}
                    onCancel={() => setOpen(null)}
                  />
                ) : (
                  day.canRecord &&
                  canChange(line) && (
                    <Button variant="secondary" onClick={() => setOpen(line.visitId)}>
                      {line.actual ? 'Change the times' : 'Record the times'}
                      <span className="visually-hidden">
                        {' '}
                        of the visit to {line.clientName} at {plannedWords(line)}
                      </span>
                    </Button>
                  )
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Panel>
  );
}

// Times the office or call monitoring recorded are theirs to change; not-yet-started visits wait for the arrival.
function canChange(line: ActualLine): boolean {
  return (line.actual === null || line.actual.source === 'worker') && line.status !== 'not_due';
}
