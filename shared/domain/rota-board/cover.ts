import { z } from 'zod';
import { Id, IsoDate, requiredText } from '../common';
import { IsoWeek } from '@shared/domain/time/iso-week';
import { StartMinute } from './board';

/** Which visit of which week. */
export const CoverVisitInput = z.object({ isoWeek: IsoWeek, visitId: z.string().min(1) });
/** Which visit of which week. */
export type CoverVisitInput = z.infer<typeof CoverVisitInput>;

/** One way to cover a visit: who, when, and what it does to their week, in words. */
export const CoverChoice = z.object({
  startMinute: z.number().int(),
  workerIds: z.array(z.string()),
  /** "Ann Lee" or "Ann Lee and Bo Khan". */
  names: z.string(),
  /** The effect in words: the new time against the agreed one, then each worker's travel, continuity and hours. */
  effect: z.string(),
});
/** One way to cover a visit. */
export type CoverChoice = z.infer<typeof CoverChoice>;

/** A shorter length with the team members it would let take the visit. */
export const ShorterChoice = CoverChoice.extend({ durationMinutes: z.number().int() });
/** A shorter length with who could then take it. */
export type ShorterChoice = z.infer<typeof ShorterChoice>;

/** A visit split in two with the person's agreement: who takes each part, when, and the effect in words. */
export const SplitChoice = z.object({
  firstMinutes: z.number().int(),
  secondStartMinute: z.number().int(),
  secondMinutes: z.number().int(),
  firstWorkerId: z.string(),
  secondWorkerId: z.string(),
  /** "Sarah Mensah 09:00–09:45, then Tom Reid 09:45–10:30". */
  words: z.string(),
  /** When the second part starts against the first's end, then each worker's travel, continuity and hours. */
  effect: z.string(),
});
/** A visit split in two parts. */
export type SplitChoice = z.infer<typeof SplitChoice>;

/** A record kept about covering one visit (consent, agreement, person told), in words. */
export const CoverRecordView = z.object({
  kind: z.enum(['outside_consent', 'shorter_agreement', 'person_told', 'split_agreement']),
  words: z.string(),
});
/** A cover record in words. */
export type CoverRecordView = z.infer<typeof CoverRecordView>;

/** Every real option for an uncovered visit, in one place. */
export const CoverOptions = z.object({
  visitId: z.string(),
  /** Within the person's agreed flexibility, at times a team member is free and fits. */
  moves: z.array(CoverChoice),
  /** Shorter lengths (never below the shortest allowed) a team member would then fit, at the agreed time. */
  shorter: z.array(ShorterChoice),
  /** The shortest length the visit may have: 30 minutes, lower only where a short visit is agreed. */
  shortestMinutes: z.number().int(),
  /** Two parts, each taken by a team member free then (one-worker visits long enough for two parts only). */
  splits: z.array(SplitChoice),
  /** Why the visit cannot be split, in words (a double-up, too short for two parts); null when it can. */
  splitNotPossible: z.string().nullable(),
  /** Named workers outside the team free and fit for it, best fit first (consent needed before any is asked). */
  outside: z.array(CoverChoice),
  /** Consents, agreements and "told" records already kept for this visit, newest first. */
  records: z.array(CoverRecordView),
  personTold: z.boolean(),
});
/** Every real option for an uncovered visit. */
export type CoverOptions = z.infer<typeof CoverOptions>;

const checkOnly = z.boolean().default(false);

/** Move a visit within the agreed flexibility and give it to a team member free then. */
export const CoverMoveInput = CoverVisitInput.extend({
  startMinute: StartMinute,
  workerIds: z.array(Id).min(1, 'Choose who takes the visit').max(2, 'At most two workers'),
  checkOnly,
});
/** Move and assign an uncovered visit. */
export type CoverMoveInput = z.infer<typeof CoverMoveInput>;

/** Shorten a visit with the person's agreement recorded, and give it to a team member who then fits. */
export const CoverShortenInput = CoverVisitInput.extend({
  durationMinutes: z.number({ message: 'Enter the agreed length in minutes' }).int('Enter whole minutes').min(1),
  workerIds: z.array(Id).min(1, 'Choose who takes the visit').max(2, 'At most two workers'),
  agreedBy: requiredText('who agreed to the shorter visit', 200),
  agreedOn: IsoDate,
  checkOnly,
});
/** Shorten and assign an uncovered visit. */
export type CoverShortenInput = z.infer<typeof CoverShortenInput>;

/** Split a visit in two with the person's agreement recorded, each part given to a team member. */
export const CoverSplitInput = CoverVisitInput.extend({
  firstMinutes: z.number({ message: 'Enter the first part’s length in minutes' }).int('Enter whole minutes').min(1),
  secondStartMinute: StartMinute,
  firstWorkerId: Id,
  secondWorkerId: Id,
  agreedBy: requiredText('who agreed to the visit in two parts', 200),
  agreedOn: IsoDate,
  checkOnly,
});
/** Split an uncovered visit in two and give each part to a team member. */
export type CoverSplitInput = z.infer<typeof CoverSplitInput>;

/** Ask a named worker outside the team, with the person's (or family's) consent for this visit recorded. */
export const CoverOutsideInput = CoverVisitInput.extend({
  workerId: Id,
  consentBy: requiredText('who gave consent', 200),
  relationship: requiredText('how they are related to the person (the person themselves, daughter…)', 100),
  consentOn: IsoDate,
  checkOnly,
});
/** Give an uncovered visit to a worker outside the team, with consent. */
export type CoverOutsideInput = z.infer<typeof CoverOutsideInput>;

/** Tell the person their visit is not covered, and record why. */
export const CoverTellInput = CoverVisitInput.extend({
  reason: requiredText('why the visit could not be covered', 1000),
  toldBy: requiredText('who told the person', 200),
  toldOn: IsoDate,
  checkOnly,
});
/** Record that the person was told. */
export type CoverTellInput = z.infer<typeof CoverTellInput>;

/** What a cover action did, or (checking) would do, in words; a check lists the rules it would break. */
export const CoverResult = z.object({
  saved: z.boolean(),
  /** "Moves the visit to 10:15 and gives it to Ann Lee." */
  summary: z.string(),
  problems: z.array(z.string()),
});
/** What a cover action did or would do. */
export type CoverResult = z.infer<typeof CoverResult>;
