import type { CharterFacts, CharterItem } from '../staff/charter';
import type { CharterFigure, Part } from './build-summary';

// The figure behind each Charter commitment, as a count of how many meet it of how many it is measured over (the
// same facts the Charter checklist words its figure from). A commitment the manager declared, or one with nothing
// to go on, has no figure: its status alone is sent.

/** The part that meets a commitment, of the whole it is measured over; null when declared or not measured. */
export function charterPartOf(item: Pick<CharterItem, 'stage' | 'number' | 'basis'>, f: CharterFacts): Part | null {
  if (item.basis !== 'data') return null;
  const r = f.rota;
  const part = (count: number, of: number): Part => ({ count: Math.max(0, Math.min(count, of)), of });
  switch (`${item.stage}.${item.number}`) {
    case '1.1':
      return r && part(r.peopleFromIdealWeek, r.peopleOnRota);
    case '1.2':
      return r && part(r.visits - r.shortNotAgreed, r.visits);
    case '1.3':
      return part(f.travelPaidFull, f.workers);
    case '1.4':
      return r && part(r.visits - r.rushedVisits, r.visits);
    case '1.5':
    case '3.2':
      return part(f.withSickPay, f.workers);
    case '2.1':
      return r && part(r.placesByChosenTeam, r.visitPlaces);
    case '2.2':
      return part(f.workers - f.zeroHours, f.workers);
    case '2.4':
      // Minutes of booked training the pay view pays, of those booked (the checklist's own measure).
      return r && part(r.trainingMinutesPaid, r.trainingMinutesBooked);
    case '2.5':
      return r && part(r.workersAtMeetings, r.workersOnRota);
    case '3.1':
      return part(f.workers - f.belowLivingWage, f.workers);
    default:
      return null;
  }
}

/** The Charter checklist as a monthly summary carries it: each commitment's status with its figure as counts. */
export function charterFiguresOf(items: readonly CharterItem[], facts: CharterFacts): CharterFigure[] {
  return items.map((item) => ({
    stage: item.stage,
    number: item.number,
    commitment: item.commitment,
    status: item.status,
    basis: item.basis,
    figure: charterPartOf(item, facts),
  }));
}
