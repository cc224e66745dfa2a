import type { MyShift, ShiftSwapOptions } from '@shared/domain/team-week/shift-swap';
import type { ChangeRequest } from '@shared/domain/team-week/team-changes';
import { formatDate, formatDuration } from '@shared/domain/time/format';
import { checkInput } from '@renderer/api/check-input';
import { SelectField } from '@renderer/components/Field';
import { useProcedureForm } from '@renderer/components/use-form';
import { CheckThenSend } from './CheckThenSend';
import { shiftInWords } from './team-change-words';

type Values = { teammateId: string; otherDate: string };

/**
 * Those not offered, in words for the hint, the first few by name and why ("Not offered: Erin Gallagher (not in the
 * team of Bernard Lowe) and 11 others not in the team of every person on it."): a busy day can leave out a dozen.
 */
function notOfferedWords(shift: MyShift): string {
  const out = shift.teammates.filter((m) => !m.offered);
  if (out.length === 0) return '';
  const why = (w: string | null) => (w ?? '').replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase());
  const named = out.slice(0, NAMED).map((m) => `${m.name} (${why(m.whyNot)})`);
  const rest = out.length - named.length;
  const more = rest === 0 ? '' : ` and ${rest === 1 ? '1 other' : `${rest} others`} not in the team of everyone on it`;
  return ` Not offered: ${named.join('; ')}${more}.`;
}

/** How many of those not offered the hint names. */
const NAMED = 3;

/** Visit hours before and after: "12 h 30 min now, 11 h 45 min after the swap". */
const hoursWords = (before: number, after: number) =>
  `${formatDuration(before)} now, ${formatDuration(after)} after the swap`;

/**
 * Ask a teammate to take the worker's whole shift on a day, optionally taking one of the teammate's shifts in
 * return. Only teammates in the team of every person on the shift are offered (the hint names the others and why);
 * the answers, with each side's visit hours before and after, are checked before it is sent.
 */
export function ShiftSwapForm({
  options,
  shift,
  onSent,
  onCancel,
}: {
  options: ShiftSwapOptions;
  shift: MyShift;
  onSent: (request: ChangeRequest | undefined) => void;
  onCancel: () => void;
}) {
  const toInput = (v: Values) => ({
    isoWeek: options.isoWeek,
    date: shift.date,
    teammateId: v.teammateId,
    otherDate: v.otherDate === '' ? null : v.otherDate,
    stamp: options.stamp,
  });
  const check = (v: Values) =>
    v.teammateId === '' ? [{ path: ['teammateId'], message: 'Choose the teammate to take your shift' }] : [];
  const form = useProcedureForm('teamWeek.proposeShiftSwap', {
    id: 'shift-swap',
    initial: { teammateId: '', otherDate: '' },
    toInput,
    check,
    onSuccess: (requests) =>
      onSent(requests.find((r) => r.kind === 'swap_shift' && r.shift?.date === shift.date && r.status === 'proposed')),
  });
  const offered = shift.teammates.filter((m) => m.offered);
  const teammate = offered.find((m) => m.staffId === form.values.teammateId);
  const theirs = teammate?.shifts ?? [];
  const other = theirs.find((s) => s.date === form.values.otherDate);
  const given = shift.minutes;
  const taken = other?.minutes ?? 0;
  const name = teammate?.name ?? 'Your teammate';
  return (
    <CheckThenSend
      form={form}
      ready={check(form.values).length === 0 && checkInput('teamWeek.proposeShiftSwap', toInput(form.values)).ok}
      title={`Swap your whole shift on ${formatDate(shift.date)}`}
      fields={
        <>
          <SelectField
            label="Who do you want to take your shift?"
            hint={'Only teammates in the team of every person on this shift are offered.' + notOfferedWords(shift)}
            placeholder="Choose a teammate"
            options={offered.map((m) => ({ value: m.staffId, label: m.name }))}
            {...form.field('teammateId')}
            onChange={(event) => form.setValues({ teammateId: event.target.value, otherDate: '' })}
          />
          <SelectField
            label="Which of their shifts would you take in return? (optional)"
            hint={
              'Leave it as it is to hand your shift over without taking one of theirs. Only their shifts still to ' +
              'come, with people whose teams you are in, are listed.'
            }
            placeholder="None: they just take my shift"
            options={theirs.map((s) => ({ value: s.date, label: shiftInWords(s) }))}
            {...form.field('otherDate')}
          />
        </>
      }
      answers={[
        { key: 'Your shift', value: shiftInWords(shift) },
        { key: 'Teammate', value: teammate?.name ?? '' },
        { key: 'Their shift you take', value: other ? shiftInWords(other) : 'None: a one-way hand-over' },
        {
          key: 'Your visit hours this week',
          value: hoursWords(options.weekMinutes, options.weekMinutes - given + taken),
        },
        {
          key: `${name}’s visit hours this week`,
          value: hoursWords(teammate?.weekMinutes ?? 0, (teammate?.weekMinutes ?? 0) + given - taken),
        },
      ]}
      whatHappens={
        `${name} is told and can accept or decline. Nothing changes in the rota until they accept; then every ` +
        'visit on both sides is checked against every rule and they all move together or none does. The ' +
        'coordinator may need to approve it too.'
      }
      sendLabel="Send the shift swap request"
      onCancel={onCancel}
    />
  );
}
