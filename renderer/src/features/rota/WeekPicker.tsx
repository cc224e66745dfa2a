import { Button } from '@renderer/components/Button';
import { isValidIsoWeek, shiftIsoWeek } from '@shared/domain/time/iso-week';

/**
 * Choose a week: the previous or next one, or any week by the browser's week input. The board and My rota share it;
 * it sits in a toolbar beside whatever else the page offers for the week.
 */
export function WeekPicker({ value, onChange }: { value: string; onChange: (isoWeek: string) => void }) {
  return (
    <div className="week-picker" role="group" aria-label="Choose the week">
      <Button variant="secondary" onClick={() => onChange(shiftIsoWeek(value, -1))}>
        Previous week
      </Button>
      <label>
        Week
        <input
          className="input input--narrow"
          type="week"
          value={value}
          onChange={(e) => isValidIsoWeek(e.target.value) && onChange(e.target.value)}
        />
      </label>
      <Button variant="secondary" onClick={() => onChange(shiftIsoWeek(value, 1))}>
        Next week
      </Button>
    </div>
  );
}
