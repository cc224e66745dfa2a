import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { TRAVEL_MODE_LABELS } from '@shared/domain/availability/availability';
import type { TeamTravelReview } from '@shared/domain/availability/travel';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Panel, QueryState } from '@renderer/components/Layout';
import { optionsFrom } from '@renderer/components/options';
import { toNumber, useProcedureForm } from '@renderer/components/use-form';

const MODES = optionsFrom(TRAVEL_MODE_LABELS);

type Pair = TeamTravelReview['pairs'][number];

const COLUMNS: Column<Pair>[] = [
  { key: 'to', header: 'To', render: (p) => p.toName, sortValue: (p) => p.toName },
  { key: 'km', header: 'Distance', width: '8em', render: (p) => `${p.km.toFixed(2)} km`, sortValue: (p) => p.km },
  ...MODES.map((m): Column<Pair> => ({
    key: m.value,
    header: m.label,
    render: (p) =>
      p.recorded[m.value] !== null ? <strong>{p.recorded[m.value]} (recorded)</strong> : p.estimated[m.value],
    sortValue: (p) => p.recorded[m.value] ?? p.estimated[m.value],
  })),
];

/** Travel between this person and the others their team visits: estimates, recorded times, and a correction form. */
export function TravelPanel({ clientId }: { clientId: string }) {
  const api = useApi();
  const review = useQuery(procedureQuery(api, 'clients.teamTravel', { clientId }));
  // Only the Clear button sends null; a blank or mistyped entry is NaN, which the schema refuses by name.
  const clearing = useRef(false);
  const form = useProcedureForm('clients.recordTravel', {
    id: 'travel',
    initial: { toId: '', mode: 'walk', minutes: '' },
    toInput: (v) => ({
      fromId: clientId,
      toId: v.toId,
      mode: v.mode,
      minutes: clearing.current ? null : toNumber(v.minutes),
    }),
    success: () =>
      clearing.current
        ? 'Recorded time cleared: the estimate applies again.'
        : 'Recorded time saved: it now wins over the estimate.',
  });
  const clear = () => {
    clearing.current = true;
    void form.submit().finally(() => {
      clearing.current = false;
    });
  };

  return (
    <QueryState isLoading={review.isLoading} error={review.error} what="the travel times">
      {review.data && (
        <>
          <Panel title="Travel to the other people this team visits">
            <p className="field__hint">
              Minutes, estimated from straight-line distance and travel mode; a recorded time (bold) always wins.
            </p>
            <DataTable
              label="Travel times"
              columns={COLUMNS}
              rows={review.data.pairs}
              rowKey={(p) => p.toId}
              initialSort={{ key: 'km', direction: 'asc' }}
              empty="The team visits nobody else yet."
            />
          </Panel>
          <Panel title="Correct a travel time">
            <GovForm
              form={form}
              submitLabel="Record the time"
              actions={
                <Button variant="secondary" disabled={form.pending} onClick={clear}>
                  Clear the recorded time
                </Button>
              }
            >
              <SelectField
                label="To"
                options={review.data.pairs.map((p) => ({ value: p.toId, label: p.toName }))}
                placeholder="Choose a person"
                {...form.field('toId')}
              />
              <SelectField label="Travel mode" options={MODES} {...form.field('mode')} />
              <TextField
                label="Actual minutes"
                inputMode="numeric"
                className="input--narrow"
                {...form.field('minutes')}
              />
            </GovForm>
          </Panel>
        </>
      )}
    </QueryState>
  );
}
