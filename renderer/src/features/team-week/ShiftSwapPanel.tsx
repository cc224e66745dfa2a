import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { MyShift } from '@shared/domain/team-week/shift-swap';
import type { ChangeRequest } from '@shared/domain/team-week/team-changes';
import { formatDate, formatDuration } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Banner, Panel, QueryState } from '@renderer/components/Layout';
import { ShiftSwapForm } from './ShiftSwapForm';
import { shiftInWords, statusInWords, visitTimes } from './team-change-words';

const COLUMNS: Column<MyShift>[] = [
  { key: 'day', header: 'Day', width: '10em', render: (s) => formatDate(s.date), sortValue: (s) => [s.date] },
  {
    key: 'visits',
    header: 'Visits',
    render: (s) => s.visits.map((v) => `${visitTimes(v)} ${v.person}`).join('; '),
  },
  { key: 'hours', header: 'Visit hours', width: '8em', render: (s) => formatDuration(s.minutes) },
];

/**
 * The worker's shifts still to come (every visit of theirs on a day), each with "Swap this shift…": a teammate in
 * the team of every person on it takes the whole shift, optionally for one of theirs. Once sent, where it stands.
 */
export function ShiftSwapPanel({ isoWeek }: { isoWeek: string }) {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'teamWeek.shiftSwapOptions', { isoWeek }));
  const [open, setOpen] = useState<string | null>(null);
  const [sent, setSent] = useState<ChangeRequest | null>(null);
  const options = query.data;
  const shift = options?.shifts.find((s) => s.date === open);
  const action: Column<MyShift> = {
    key: 'swap',
    header: 'Change',
    width: '16em',
    render: (s) =>
      s.teammates.some((m) => m.offered) ? (
        <Button
          variant="secondary"
          aria-label={`Swap your whole shift on ${formatDate(s.date)} with…`}
          onClick={() => {
            setSent(null);
            setOpen(s.date);
          }}
        >
          Swap this shift…
        </Button>
      ) : (
        // Nobody is in the team of every person on it: say so, rather than open a form with no one to choose.
        'Nobody in your teams can take all of it: swap its visits one at a time'
      ),
  };
  return (
    <Panel title="Swap a whole shift">
      <p>A shift is all your visits on one day. A teammate can take it, and you can take one of theirs in return.</p>
      {sent && (
        <Banner tone="success" title="Your shift swap request is sent">
          {sent.shift ? `${shiftInWords(sent.shift)}: ` : ''}
          {statusInWords(sent)}.
        </Banner>
      )}
      <QueryState isLoading={query.isLoading} error={query.error} what="your shifts">
        <DataTable
          label="Your shifts still to come"
          columns={[...COLUMNS, action]}
          rows={options?.shifts ?? []}
          rowKey={(s) => s.date}
          initialSort={{ key: 'day', direction: 'asc' }}
          empty="You have no shifts still to come this week."
        />
        {options && shift && (
          <ShiftSwapForm
            key={shift.date}
            options={options}
            shift={shift}
            onSent={(request) => {
              setOpen(null);
              setSent(request ?? null);
            }}
            onCancel={() => setOpen(null)}
          />
        )}
      </QueryState>
    </Panel>
  );
}
