import type { Issue } from '@shared/contract/errors';
import { WEEKDAY_NAMES } from '@shared/domain/clients/ideal-week';
import type { ClosedDay, OpeningDay } from '@shared/domain/hub/setup';
import { formatDate, formatMinute, parseClockTime } from '@shared/domain/time/format';
import { useProcedureMutation } from '@renderer/api/queries';
import { useToday } from '@renderer/app/use-clock';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, Panel } from '@renderer/components/Layout';
import { useProcedureForm } from '@renderer/components/use-form';

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The week's opening hours: each weekday open or not, from and to. */
function OpeningHoursForm({ hours }: { hours: readonly OpeningDay[] }) {
  const initial: Record<string, string | boolean> = {};
  for (const day of DAYS) {
    const h = hours.find((d) => d.weekday === day);
    initial[`open${day}`] = h?.open ?? false;
    initial[`from${day}`] = formatMinute(h?.openMinute ?? 9 * 60);
    initial[`to${day}`] = h?.closeMinute === 1440 ? '24:00' : formatMinute(h?.closeMinute ?? 17 * 60);
  }
  const minuteOf = (text: string | boolean | undefined) => {
    const value = String(text ?? '').trim();
    return value === '24:00' ? 1440 : (parseClockTime(value) ?? Number.NaN);
  };
  const form = useProcedureForm('hub.saveOpeningHours', {
    id: 'hours',
    initial,
    check: (v) =>
      DAYS.flatMap((day, i): Issue[] =>
        v[`open${day}`] === true && (Number.isNaN(minuteOf(v[`from${day}`])) || Number.isNaN(minuteOf(v[`to${day}`])))
          ? [{ path: ['days', i, 'openMinute'], message: 'Enter times like 09:00 and 17:30' }]
          : [],
      ),
    toInput: (v) => ({
      days: DAYS.map((day) => {
        const open = v[`open${day}`] === true;
        return {
          weekday: day,
          open,
          openMinute: open ? minuteOf(v[`from${day}`]) : 0,
          closeMinute: open ? minuteOf(v[`to${day}`]) : 1,
        };
      }),
    }),
    list: { path: 'days', label: (i) => WEEKDAY_NAMES[i] },
    success: 'The opening hours are saved.',
  });
  return (
    <Panel title="Opening hours">
      <GovForm form={form} submitLabel="Save the opening hours" grid={false}>
        <table className="hours-table">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Open</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {DAYS.map((day, i) => {
              const name = WEEKDAY_NAMES[i] ?? '';
              const error = form.errors.byField[`days.${i}`];
              return (
                <tr key={day} id={`hours-days-${i}`}>
                  <th scope="row">{name}</th>
                  <td>
                    <label className="checkbox">
                      <input type="checkbox" {...form.checkbox(`open${day}`)} /> Open
                    </label>
                  </td>
                  <td>
                    <input
                      className="input input--narrow"
                      aria-label={`${name} opens at`}
                      aria-invalid={error ? true : undefined}
                      value={String(form.values[`from${day}`])}
                      onChange={(e) => form.set(`from${day}`, e.target.value)}
                    />
                  </td>
                  <td>
                    <input
                      className="input input--narrow"
                      aria-label={`${name} closes at`}
                      aria-invalid={error ? true : undefined}
                      value={String(form.values[`to${day}`])}
                      onChange={(e) => form.set(`to${day}`, e.target.value)}
                    />
                    {error && <span className="field__error">{error}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </GovForm>
    </Panel>
  );
}

/** Close the hub on a date, with its reason; bookings that day are cancelled only when asked. */
function ClosedDayForm() {
  const today = useToday();
  const form = useProcedureForm('hub.addClosedDay', {
    id: 'closed-day',
    initial: { date: today, reason: '', cancelBookings: false as boolean },
    toInput: (v) => ({ date: v.date, reason: v.reason, cancelBookings: v.cancelBookings === true }),
    success: (r) => `The hub is closed that day; ${r.cancelledBookings} bookings were cancelled.`,
    resetOnSuccess: ['reason'],
  });
  return (
    <GovForm
      form={form}
      submitLabel="Close the hub that day"
      submitVariant="secondary"
      after={
        <label className="checkbox">
          <input type="checkbox" {...form.checkbox('cancelBookings')} /> Cancel any bookings that day
        </label>
      }
    >
      <TextField label="Date" type="date" min={today} className="input--narrow" {...form.field('date')} />
      <TextField label="Reason" hint="For example, Christmas Day" {...form.field('reason')} />
    </GovForm>
  );
}

/** Opening hours and the days the hub is closed. */
export function HoursTab({ hours, closedDays }: { hours: readonly OpeningDay[]; closedDays: readonly ClosedDay[] }) {
  const reopen = useProcedureMutation('hub.removeClosedDay');
  const columns: Column<ClosedDay>[] = [
    { key: 'date', header: 'Date', width: '12em', rowHeader: true, render: (d) => formatDate(d.date) },
    { key: 'reason', header: 'Reason', render: (d) => d.reason },
    {
      key: 'open',
      header: 'Open again',
      width: '16em',
      render: (d) => (
        <ConfirmAction
          label={`Open on ${formatDate(d.date)}`}
          confirmLabel="Yes, open the hub that day"
          title={`Open the hub on ${formatDate(d.date)}?`}
          variant="secondary"
          pending={reopen.isPending}
          onConfirm={() => reopen.mutate({ date: d.date })}
        >
          <p>People can book that day again. Bookings cancelled when it closed stay cancelled.</p>
        </ConfirmAction>
      ),
    },
  ];
  return (
    <>
      <OpeningHoursForm key={JSON.stringify(hours)} hours={hours} />
      <Panel title="Closed days">
        {reopen.error && <Banner tone="error">{reopen.error.message}</Banner>}
        <DataTable
          label="Closed days"
          columns={columns}
          rows={closedDays}
          rowKey={(d) => d.date}
          empty="No closed days from today on."
        />
        <ClosedDayForm />
      </Panel>
    </>
  );
}
