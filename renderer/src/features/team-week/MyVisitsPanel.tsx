import { useState } from 'react';
import type { ChangeRequest } from '@shared/domain/team-week/team-changes';
import { formatDate } from '@shared/domain/time/format';
import { useNow } from '@renderer/app/use-clock';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Banner, Panel } from '@renderer/components/Layout';
import { GiveUpForm } from './GiveUpForm';
import { notStarted, type MyVisit } from './my-visits';
import { SwapForm } from './SwapForm';
import { statusInWords, visitInWords, visitTimes } from './team-change-words';

type Open = { kind: 'give_up' | 'swap'; visit: MyVisit } | null;

/**
 * The worker's own visits of the published week that have not started, each with "Give up" and "Swap with…"; the
 * chosen form opens below the table, and once sent the page says where the request stands.
 */
export function MyVisitsPanel({ isoWeek, visits }: { isoWeek: string; visits: readonly MyVisit[] }) {
  const now = useNow();
  const [open, setOpen] = useState<Open>(null);
  const [sent, setSent] = useState<ChangeRequest | null>(null);
  const future = (v: MyVisit) => notStarted(v, now);
  const mine = visits.filter((v) => v.mine && future(v));
  const start = (kind: 'give_up' | 'swap', visit: MyVisit) => {
    setSent(null);
    setOpen({ kind, visit });
  };
  const done = (request: ChangeRequest | undefined) => {
    setOpen(null);
    setSent(request ?? null);
  };
  const columns: Column<MyVisit>[] = [
    { key: 'day', header: 'Day', width: '10em', render: (v) => formatDate(v.date), sortValue: (v) => [v.date] },
    { key: 'time', header: 'Time', width: '8em', render: visitTimes, sortValue: (v) => [v.date, v.startMinute] },
    { key: 'person', header: 'Person', render: (v) => v.person },
    {
      key: 'change',
      header: 'Change',
      width: '20em',
      render: (v) => (
        <div className="button-row">
          <Button variant="secondary" aria-label={`Give up ${visitInWords(v)}`} onClick={() => start('give_up', v)}>
            Give up
          </Button>
          <Button variant="secondary" aria-label={`Swap ${visitInWords(v)} with…`} onClick={() => start('swap', v)}>
            Swap with…
          </Button>
        </div>
      ),
    },
  ];
  return (
    <Panel title="Your visits still to come">
      {sent && (
        <Banner tone="success" title="Your request is sent">
          {statusInWords(sent)}.
        </Banner>
      )}
      <DataTable
        label="Your visits still to come"
        columns={columns}
        rows={mine}
        rowKey={(v) => v.visitId}
        initialSort={{ key: 'time', direction: 'asc' }}
        empty="You have no visits still to come this week."
      />
      {open?.kind === 'give_up' && (
        <GiveUpForm
          key={open.visit.visitId}
          isoWeek={isoWeek}
          visit={open.visit}
          onSent={done}
          onCancel={() => setOpen(null)}
        />
      )}
      {open?.kind === 'swap' && (
        <SwapForm
          key={open.visit.visitId}
          isoWeek={isoWeek}
          visit={open.visit}
          week={visits}
          notStarted={future}
          onSent={done}
          onCancel={() => setOpen(null)}
        />
      )}
    </Panel>
  );
}
