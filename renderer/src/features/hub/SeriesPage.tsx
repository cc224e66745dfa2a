import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  MAX_SERIES_WEEKS,
  PERIOD_LABELS,
  type RecurringInput,
  type RecurringPreview,
} from '@shared/domain/hub/bookings';
import { WEEKDAY_NAMES } from '@shared/domain/clients/ideal-week';
import { formatDate } from '@shared/domain/time/format';
import { isoWeekday } from '@shared/domain/time/iso-week';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useToday } from '@renderer/app/use-clock';
import { Button } from '@renderer/components/Button';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, PageHeader, Panel, QueryState, SummaryList, Tag } from '@renderer/components/Layout';
import { toNumber, useProcedureForm } from '@renderer/components/use-form';
import { PERIOD_OPTIONS } from './hub-options';
import './hub.css';

function weekdayOf(date: string): string {
  return WEEKDAY_NAMES[isoWeekday(date) - 1] ?? '';
}

interface Checked {
  input: RecurringInput & { weeks: number };
  preview: RecurringPreview;
}

/** The answers to check and the dates a series would book, with the button that books them. */
function CheckSeries({ checked, spaceName, onChange }: { checked: Checked; spaceName: string; onChange: () => void }) {
  const bookSeries = useProcedureMutation('hub.bookSeries');
  const { input, preview } = checked;
  const collisions = preview.dates.filter((d) => !d.free);
  const result = bookSeries.data;
  if (result)
    return (
      <Banner tone="success" title={`${result.booked.length} bookings made.`}>
        {spaceName}, {PERIOD_LABELS[input.period].toLowerCase()}, every {weekdayOf(input.startDate)}
        {result.skipped.length > 0 ? `; ${result.skipped.length} dates were not free and were left out` : ''}.{' '}
        <Link to="/hub/bookings">See your bookings</Link>
      </Banner>
    );
  const book = () => bookSeries.mutate({ ...input, bookFreeDatesOnly: collisions.length > 0 });
  return (
    <Panel title="Check your answers before booking">
      <SummaryList
        items={[
          { key: 'Space', value: spaceName },
          { key: 'When', value: `${PERIOD_LABELS[input.period]}, every ${weekdayOf(input.startDate)}` },
          { key: 'First date', value: formatDate(input.startDate) },
          { key: 'Weeks', value: String(input.weeks) },
        ]}
      />
      <h3>The dates</h3>
      <ul className="series-dates">
        {preview.dates.map((d) => (
          <li key={d.date}>
            {formatDate(d.date)} {d.free ? <Tag tone="green">Free</Tag> : <Tag tone="red">Not free</Tag>}
            {d.reason && <span className="muted"> {d.reason}</span>}
          </li>
        ))}
      </ul>
      {collisions.length > 0 && (
        <Banner tone="warning" title={`${collisions.length} of the ${preview.dates.length} dates are not free.`}>
          You can book the {preview.free} free dates only, or change the series.
        </Banner>
      )}
      {bookSeries.error && (
        <Banner tone="error" title="The series was not booked.">
          {bookSeries.error.message}
        </Banner>
      )}
      <div className="button-row">
        {preview.free > 0 && (
          <Button disabled={bookSeries.isPending} onClick={book}>
            {collisions.length > 0 ? `Book the ${preview.free} free dates only` : `Book all ${preview.free} dates`}
          </Button>
        )}
        <Button variant="secondary" onClick={onChange}>
          Change the series
        </Button>
      </div>
    </Panel>
  );
}

/** A weekly series of bookings (every Tuesday for 8 weeks): choose, check which dates are free, then book. */
export function SeriesPage() {
  const api = useApi();
  const today = useToday();
  const setup = useQuery(procedureQuery(api, 'hub.setup', {}));
  const [checked, setChecked] = useState<Checked | null>(null);
  const form = useProcedureForm('hub.previewSeries', {
    id: 'series',
    initial: { spaceId: '', period: 'morning', startDate: today, weeks: '8' },
    toInput: (v) => ({
      spaceId: v.spaceId,
      period: v.period,
      startDate: v.startDate,
      weeks: toNumber(v.weeks),
      forAccountId: null,
    }),
    onSuccess: (preview) => {
      const v = form.values;
      setChecked({
        input: {
          spaceId: v.spaceId,
          period: v.period as RecurringInput['period'],
          startDate: v.startDate,
          weeks: toNumber(v.weeks),
          forAccountId: null,
        },
        preview,
      });
    },
  });
  const spaces = setup.data?.spaces ?? [];
  const spaceName = spaces.find((s) => s.id === checked?.input.spaceId)?.name ?? '';
  return (
    <>
      <PageHeader title="Book every week" caption="The hub" />
      <QueryState isLoading={setup.isLoading} error={setup.error} what="the spaces">
        {checked ? (
          <CheckSeries checked={checked} spaceName={spaceName} onChange={() => setChecked(null)} />
        ) : (
          <GovForm form={form} submitLabel="Check the dates">
            <SelectField
              label="Space"
              placeholder="Choose a space"
              options={spaces.map((s) => ({ value: s.id, label: s.name }))}
              {...form.field('spaceId')}
            />
            <SelectField label="When" options={PERIOD_OPTIONS} {...form.field('period')} />
            <TextField
              label="First date"
              hint="The series is on this day of the week"
              type="date"
              min={today}
              className="input--narrow"
              {...form.field('startDate')}
            />
            <TextField
              label="Number of weeks"
              hint={`From 2 to ${MAX_SERIES_WEEKS}`}
              inputMode="numeric"
              className="input--narrow"
              {...form.field('weeks')}
            />
          </GovForm>
        )}
      </QueryState>
    </>
  );
}
