import { formatDate, formatMinute } from '../time/format';
import { BUSY_REASON_WORDS, type MeetingSlot } from './meeting-times';

/** A meeting's date and times in words: "Tue 15 Dec 2026, 14:00–15:00". */
export function meetingTimeInWords(m: Pick<MeetingSlot, 'date' | 'startMinute' | 'endMinute'>): string {
  return `${formatDate(m.date)}, ${formatMinute(m.startMinute)}–${formatMinute(m.endMinute)}`;
}

/** Who cannot come, in words: "Sam Okafor (on a visit), Ali Khan (away)"; "everyone can come" when nobody. */
export function notFreeInWords(slot: Pick<MeetingSlot, 'notFree'>): string {
  if (slot.notFree.length === 0) return 'everyone can come';
  return slot.notFree.map((m) => `${m.name} (${BUSY_REASON_WORDS[m.reason]})`).join(', ');
}

/** A meeting time in words: "Tue 15 Dec 2026, 14:00–15:00: 9 of 11 free; not free: Sam Okafor (on a visit)". */
export function slotInWords(slot: MeetingSlot): string {
  const size = slot.free.length + slot.notFree.length;
  const head = `${meetingTimeInWords(slot)}: ${slot.free.length} of ${size} free`;
  return slot.notFree.length === 0 ? `${head}; everyone can come` : `${head}; not free: ${notFreeInWords(slot)}`;
}
