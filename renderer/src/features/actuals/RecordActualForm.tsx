import { SHORT_REASON_LABELS, type ActualLine } from '@shared/domain/actuals/actuals';
import { formatDate, formatMinute, parseClockTime } from '@shared/domain/time/format';
import { addDays } from '@shared/domain/time/iso-week';
import { SelectField, TextAreaField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { optionsFrom } from '@renderer/components/options';
import { useProcedureForm } from '@renderer/components/use-form';
import { plannedWords } from './actuals-words';

const REASONS = optionsFrom(SHORT_REASON_LABELS);
const LATE_EVENING = 20 * 60;
const SMALL_HOURS = 4 * 60;

// A time the person typed: the minute, or NaN so the contract's own check names the field ("Enter a time of day").
const minuteOf = (text: string) => parseClockTime(text) ?? Number.NaN;

/**
 * Record (or correct) one worker's arrival and departure at a visit. Times are London times on the visit's day; a
 * late-evening visit's departure after midnight is taken as the next day. `staffId` is given when the office records
 * for a worker.
 */
export function RecordActualForm({
  line,
  staffId,
  onDone,
  onCancel,
}: {
  line: ActualLine;
  staffId: string | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const a = line.actual;
  const form = useProcedureForm('actuals.record', {
    id: `actual-${line.visitId}`,
    initial: {
      arrival: a ? formatMinute(a.arrivalMinute) : '',
      departure: a?.departureMinute == null ? '' : formatMinute(a.departureMinute),
      shortReason: a?.shortReason ?? '',
      note: a?.note ?? '',
    },
    toInput: (v) => {
      const arrival = minuteOf(v.arrival);
      const departure = v.departure.trim() === '' ? null : minuteOf(v.departure);
      // Only a late-evening visit left after midnight is read as the next day; any other departure before the arrival
      // is a slip, which the backend names ("The departure must be after the arrival").
      const overnight = departure !== null && departure < arrival && arrival >= LATE_EVENING && departure < SMALL_HOURS;
      return {
        isoWeek: line.isoWeek,
        visitId: line.visitId,
        staffId,
        arrivalDate: line.date,
        arrivalMinute: arrival,
        departureDate: departure === null ? null : overnight ? addDays(line.date, 1) : line.date,
        departureMinute: departure,
        shortReason: v.shortReason === '' ? null : (v.shortReason as never),
        note: v.note,
      };
    },
    onSuccess: onDone,
  });
  return (
    <>
      <p>
        {line.clientName}, {formatDate(line.date)}: planned {plannedWords(line)} ({line.plannedMinutes} minutes agreed)
      </p>
      <GovForm form={form} submitLabel="Save the times" onCancel={onCancel}>
        <TextField
          {...form.field('arrival', 'arrivalMinute')}
          label="Arrived at"
          hint="For example 08:05"
          inputMode="numeric"
        />
        <TextField
          {...form.field('departure', 'departureMinute')}
          label="Left at"
          hint="Leave empty while you are still there"
          inputMode="numeric"
        />
        <SelectField
          {...form.field('shortReason')}
          label="If the visit was shorter than agreed, why"
          options={REASONS}
          placeholder="It was not shorter"
        />
        <TextAreaField
          {...form.field('note')}
          label="Anything to add"
          hint="Needed when the visit took longer than agreed"
        />
      </GovForm>
    </>
  );
}
