import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { UsageCsvInput, UsageOrganisation, UsageSpace } from '@shared/domain/hub/usage';
import { addDays } from '@shared/domain/time/iso-week';
import { formatDate, formatWeekday } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useToday } from '@renderer/app/use-clock';
import { BarChartFigure } from '@renderer/components/BarChartFigure';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { TextField } from '@renderer/components/Field';
import { formErrorsFrom, NO_ERRORS } from '@renderer/components/form-errors';
import { downloadBase64 } from '@renderer/components/files';
import { Banner, PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import './hub.css';

const percent = (share: number | null) => (share === null ? 'Closed' : `${Math.round(share * 100)}%`);
const TABLES: { table: UsageCsvInput['table']; label: string }[] = [
  { table: 'days', label: 'Days' },
  { table: 'spaces', label: 'Spaces' },
  { table: 'organisations', label: 'Organisations' },
];

const spaceColumns: Column<UsageSpace>[] = [
  { key: 'name', header: 'Space', rowHeader: true, render: (s) => s.name, sortValue: (s) => s.name },
  { key: 'floor', header: 'Floor', render: (s) => s.floorName, sortValue: (s) => s.floorName },
  { key: 'booked', header: 'Half-days booked', render: (s) => s.bookedHalfDays, sortValue: (s) => s.bookedHalfDays },
  { key: 'used', header: 'Half-days used', render: (s) => s.usedHalfDays, sortValue: (s) => s.usedHalfDays },
  { key: 'occupancy', header: 'Booked', render: (s) => percent(s.occupancy), sortValue: (s) => s.occupancy ?? -1 },
  { key: 'noShows', header: 'No-shows', render: (s) => s.noShows, sortValue: (s) => s.noShows },
];

/**
 * How the hub is used over a range the manager chooses (the last four weeks first): which weekdays are busy, which
 * organisations book and do not come, and how full each space is, with each table as a CSV.
 */
export function UsagePage() {
  const api = useApi();
  const today = useToday();
  const [range, setRange] = useState({ from: addDays(today, -27), to: today });
  const usage = useQuery({ ...procedureQuery(api, 'hub.usage', range), enabled: range.from !== '' && range.to !== '' });
  const [csvError, setCsvError] = useState<string | null>(null);
  const download = async (table: UsageCsvInput['table']) => {
    setCsvError(null);
    try {
      const file = await api.call('hub.usageCsv', { ...range, table });
      downloadBase64(file.filename, file.mediaType, file.base64);
    } catch (error) {
      setCsvError(error instanceof Error ? error.message : 'The file could not be made.');
    }
  };
  // A range the backend refuses (the end before the start, over a year) is named at its field, not as a failed load.
  const errors = usage.error ? formErrorsFrom(usage.error) : NO_ERRORS;
  const u = usage.error ? undefined : usage.data;
  const organisations: UsageOrganisation[] = (u?.organisations ?? []).filter((o) => o.bookings + o.signIns > 0);
  const open = (u?.days ?? []).filter((d) => d.open);
  const booked = open.reduce((sum, d) => sum + d.bookedHalfDays, 0);
  const openHalfDays = open.reduce((sum, d) => sum + d.openHalfDays, 0);
  const busiest = u?.busiestDays[0];
  return (
    <>
      <PageHeader title="How the hub is used" caption="The hub" />
      <ErrorSummary errors={errors} />
      <div className="hub-range">
        {(['from', 'to'] as const).map((end) => (
          <TextField
            key={end}
            formId="hub-usage"
            name={end}
            label={end === 'from' ? 'From' : 'To'}
            errors={errors}
            className="input--narrow"
            type="date"
            value={range[end]}
            onChange={(e) => setRange((r) => ({ ...r, [end]: e.target.value }))}
          />
        ))}
      </div>
      {csvError && <Banner tone="error">{csvError}</Banner>}
      <QueryState isLoading={usage.isLoading} error={null} what="the hub’s figures">
        {u && (
          <>
            <p>
              {formatDate(u.from)} to {formatDate(u.to)}: {open.length} open days,{' '}
              {percent(booked / (openHalfDays || 1))} of desk and room half-days booked
              {busiest ? `; busiest ${formatDate(busiest.date)} (${percent(busiest.occupancy)})` : ''}.
            </p>
            <div className="hub-usage-charts">
              <Panel title="Busy days">
                <BarChartFigure
                  title="Half-days booked on an average open day"
                  summary={`Booked half-days per open day, by weekday, over the ${open.length} open days.`}
                  rows={u.weekdays.filter((w) => w.openDays > 0)}
                  rowLabel={(w) => formatWeekday(w.weekday)}
                  rowHeading="Weekday"
                  series={[
                    {
                      key: 'average',
                      label: 'Half-days booked',
                      tone: 'brand',
                      value: (w) => w.averageBookedHalfDays ?? 0,
                    },
                  ]}
                />
              </Panel>
              <Panel title="Who uses the hub">
                <BarChartFigure
                  title="Bookings and no-shows by organisation"
                  summary={
                    organisations.length === 0
                      ? 'No organisation booked or signed in over these dates.'
                      : `${organisations.length} organisations booked or signed in; ` +
                        `${organisations.reduce((sum, o) => sum + o.noShows, 0)} bookings were not used.`
                  }
                  rows={organisations}
                  rowLabel={(o) => o.name}
                  rowHeading="Organisation"
                  horizontal
                  series={[
                    { key: 'bookings', label: 'Bookings', tone: 'brand', value: (o) => o.bookings },
                    { key: 'noShows', label: 'No-shows', tone: 'warning', value: (o) => o.noShows },
                  ]}
                />
              </Panel>
            </div>
            <DataTable
              label="Each space over these dates"
              columns={spaceColumns}
              rows={u.spaces}
              rowKey={(s) => s.spaceId}
              initialSort={{ key: 'occupancy', direction: 'desc' }}
              empty="No spaces yet: add them in Hub set-up."
            />
            <Panel title="Download the figures">
              <div className="button-row">
                {TABLES.map(({ table, label }) => (
                  <Button key={table} variant="secondary" onClick={() => void download(table)}>
                    {label} (CSV)
                  </Button>
                ))}
              </div>
            </Panel>
          </>
        )}
      </QueryState>
    </>
  );
}
