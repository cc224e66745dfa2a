import { z } from 'zod';
import { Id, IsoDate, optionalText } from '../common';
import { IsoWeek } from '../time/iso-week';
import { StartMinute } from '../rota-board/board';

/**
 * Why a team member cannot come at a time, in the words a teammate may read (leave and sickness are both "away";
 * `working_time`: free then, but the meeting would break a working-time rule in the planned week, such as a full day
 * off in seven or the rest between shifts).
 */
export const BusyReason = z.enum(['visit', 'away', 'training', 'meeting', 'not_working', 'working_time']);
/** Why a team member cannot come at a time. */
export type BusyReason = z.infer<typeof BusyReason>;

/** Busy reasons in words, as a slot lists them ("Sam Okafor (on a visit)"). */
export const BUSY_REASON_WORDS: Record<BusyReason, string> = {
  visit: 'on a visit',
  away: 'away',
  training: 'at training',
  meeting: 'at another meeting',
  not_working: 'not working then',
  working_time: 'would miss the rest the working-time rules give them',
};

/** One stretch of a team member's week when they cannot come (local minutes on a date, end exclusive). */
export interface BusyBlock {
  date: string;
  startMinute: number;
  endMinute: number;
  reason: BusyReason;
}

/** One team member's week as the meeting finder needs it: when they work, and when they are busy inside that. */
export interface MemberWeek {
  staffId: string;
  name: string;
  /** Their availability windows laid on the week's dates. */
  windows: readonly { date: string; startMinute: number; endMinute: number }[];
  busy: readonly BusyBlock[];
}

/** A team member, by name. */
export const MeetingMember = z.object({ staffId: Id, name: z.string() });
/** A team member, by name. */
export type MeetingMember = z.infer<typeof MeetingMember>;

/** A team member who cannot come, and why. */
export const NotFreeMember = MeetingMember.extend({ reason: BusyReason });
/** A team member who cannot come, and why. */
export type NotFreeMember = z.infer<typeof NotFreeMember>;

/** A time for a meeting, with who is free and who is not. */
export const MeetingSlot = z.object({
  date: IsoDate,
  startMinute: z.number().int(),
  endMinute: z.number().int(),
  free: z.array(MeetingMember),
  notFree: z.array(NotFreeMember),
});
/** A time for a meeting, with who is free and who is not. */
export type MeetingSlot = z.infer<typeof MeetingSlot>;

/** A team the caller may plan a meeting for: the workers in one person's team. */
export const MeetingTeam = z.object({ clientId: Id, personName: z.string(), members: z.array(MeetingMember) });
/** A team the caller may plan a meeting for. */
export type MeetingTeam = z.infer<typeof MeetingTeam>;

/** How long a team meeting may be: half an hour to four hours, in quarter hours (one message, the first that fits). */
export const MeetingMinutes = z
  .number({ message: 'Choose how long the meeting is' })
  .int('Choose how long the meeting is')
  .superRefine((m, ctx) => {
    const message =
      m < 30
        ? 'A meeting is at least 30 minutes'
        : m > 240
          ? 'A meeting is at most 4 hours'
          : m % 15 !== 0
            ? 'Choose a length in quarter hours'
            : null;
    if (message !== null) ctx.addIssue({ code: 'custom', message });
  });

/** Which team and week to look for meeting times in. */
export const FindMeetingTimesInput = z.object({
  clientId: Id,
  isoWeek: IsoWeek,
  durationMinutes: MeetingMinutes.default(60),
});
/** Which team and week to look for meeting times in. */
export type FindMeetingTimesInput = z.infer<typeof FindMeetingTimesInput>;

/** The best times for a team's meeting in a week, most free first. */
export const MeetingTimes = z.object({
  clientId: Id,
  personName: z.string(),
  isoWeek: z.string(),
  durationMinutes: z.number().int(),
  members: z.array(MeetingMember),
  /** Whether the week has a rota (draft or published) whose visits were counted. */
  planned: z.boolean(),
  slots: z.array(MeetingSlot),
});
/** The best times for a team's meeting in a week. */
export type MeetingTimes = z.infer<typeof MeetingTimes>;

/** Book a team meeting for the invited members of one person's team: paid time in each invited worker's week. */
export const BookMeetingInput = z.object({
  clientId: Id,
  date: IsoDate,
  startMinute: StartMinute,
  durationMinutes: MeetingMinutes,
  staffIds: z.array(Id).min(1, 'Invite at least one worker').max(12, 'A team has at most 12 workers'),
  note: optionalText('note', 300),
});
/** Book a team meeting. */
export type BookMeetingInput = z.infer<typeof BookMeetingInput>;

/** A team meeting as booked. */
export const BookedMeeting = z.object({
  clientId: Id,
  personName: z.string(),
  date: IsoDate,
  startMinute: z.number().int(),
  endMinute: z.number().int(),
  invited: z.array(MeetingMember),
  note: z.string().nullable(),
});
/** A team meeting as booked. */
export type BookedMeeting = z.infer<typeof BookedMeeting>;

// Meetings start on the hour or half hour.
const STEP_MINUTES = 30;
// At most this many times are offered: the best few, not every half hour of the week.
const MAX_SLOTS = 12;

/** Who can come to a slot, as one comparable key. */
const freeSet = (slot: MeetingSlot): string =>
  slot.free
    .map((m) => m.staffId)
    .sort()
    .join(' ');

/** Why a member cannot come to [start, end) on a date, or null when they can. */
export function whyNotFree(member: MemberWeek, date: string, start: number, end: number): BusyReason | null {
  const clash = member.busy.find((b) => b.date === date && b.startMinute < end && start < b.endMinute);
  if (clash) return clash.reason;
  const inWindow = member.windows.some((w) => w.date === date && w.startMinute <= start && end <= w.endMinute);
  return inWindow ? null : 'not_working';
}

/** Who of the team can come to [start, end) on a date, and who cannot (with why). */
export function whoCanCome(
  members: readonly MemberWeek[],
  date: string,
  start: number,
  end: number,
): Pick<MeetingSlot, 'free' | 'notFree'> {
  const free: MeetingMember[] = [];
  const notFree: NotFreeMember[] = [];
  for (const m of members) {
    const reason = whyNotFree(m, date, start, end);
    if (reason === null) free.push({ staffId: m.staffId, name: m.name });
    else notFree.push({ staffId: m.staffId, name: m.name, reason });
  }
  return { free, notFree };
}

/**
 * The best meeting times of a week: every half-hour start inside someone's working hours from `from` on (a date and
 * minute: nothing in the past), ranked by how many can come, then earliest. Of the times on one day that the same
 * people can come to, only the first is offered, so the list offers different days and groups, not the same afternoon
 * in half-hour steps. Times nobody can come to are never offered.
 */
export function bestMeetingTimes(
  members: readonly MemberWeek[],
  dates: readonly string[],
  durationMinutes: number,
  from: { date: string; minute: number },
): MeetingSlot[] {
  const candidates: MeetingSlot[] = [];
  for (const date of dates) {
    if (date < from.date) continue;
    const windows = members.flatMap((m) => m.windows.filter((w) => w.date === date));
    if (windows.length === 0) continue;
    const first = Math.min(...windows.map((w) => w.startMinute));
    const last = Math.max(...windows.map((w) => w.endMinute));
    for (let start = Math.ceil(first / STEP_MINUTES) * STEP_MINUTES; start + durationMinutes <= last;) {
      if (date > from.date || start >= from.minute) {
        const end = start + durationMinutes;
        const who = whoCanCome(members, date, start, end);
        if (who.free.length > 0) candidates.push({ date, startMinute: start, endMinute: end, ...who });
      }
      start += STEP_MINUTES;
    }
  }
  candidates.sort(
    (a, b) => b.free.length - a.free.length || a.date.localeCompare(b.date) || a.startMinute - b.startMinute,
  );
  const chosen: MeetingSlot[] = [];
  for (const c of candidates) {
    if (chosen.length >= MAX_SLOTS) break;
    const who = freeSet(c);
    const repeats = chosen.some((s) => s.date === c.date && freeSet(s) === who);
    if (!repeats) chosen.push(c);
  }
  return chosen;
}
