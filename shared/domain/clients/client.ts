import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, OptionalPhone, optionalText, requiredText } from '../common';
import { Skill } from '../skills';
import { UkLatitude, UkLongitude, UkPostcode } from './location';

/** Whether support is running, paused (e.g. a hospital stay, with dates) or has ended. */
export const ClientStatus = z.enum(['active', 'paused', 'ended']);
export type ClientStatus = z.infer<typeof ClientStatus>;

/** Who a key contact is to the person. */
export const ContactKind = z.enum(['unpaid_carer', 'family', 'friend', 'professional', 'other']);
export type ContactKind = z.infer<typeof ContactKind>;

/** Labels for contact kinds, shown on screen. */
export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  unpaid_carer: 'Unpaid carer',
  family: 'Family',
  friend: 'Friend',
  professional: 'Professional',
  other: 'Other',
};

/** A key contact: an unpaid carer, family member or friend the team may need to reach. */
export const KeyContact = z.object({
  kind: ContactKind,
  name: requiredText('the contact’s name', 120),
  relationship: optionalText('relationship', 80),
  phone: OptionalPhone,
});
export type KeyContact = z.infer<typeof KeyContact>;

/**
 * Support needs, in the one skill vocabulary (rota.md): a need implies the skill a visiting worker must hold.
 * "Advanced dementia" → dementia, "double-up moving and handling" → moving_and_handling, and so on.
 */
export const SupportNeeds = z
  .array(Skill)
  .max(Skill.options.length)
  .refine((list) => new Set(list).size === list.length, 'List each support need once');

/** What a coordinator types to create or edit a person drawing on care. */
export const ClientInput = z
  .object({
    givenName: requiredText('a first name', 100),
    familyName: requiredText('a last name', 100),
    preferredName: optionalText('preferred name', 100),
    addressedAs: requiredText('how they like to be addressed', 120),
    addressLine1: requiredText('the first line of the address', 120),
    addressLine2: optionalText('second address line', 120),
    town: requiredText('a town', 80),
    postcode: UkPostcode,
    /** Typed by hand (both, or neither to place the person by their postcode in the imported directory). */
    lat: UkLatitude.nullable(),
    lon: UkLongitude.nullable(),
    keyContacts: z.array(KeyContact).max(10, 'Record at most 10 key contacts'),
    whatMatters: optionalText('what matters to them', 4000),
    supportNeeds: SupportNeeds,
    accessNotes: optionalText('access notes', 4000),
    startDate: IsoDate,
    status: ClientStatus,
    /** Paused: first day of the pause (e.g. admitted to hospital). */
    pausedFrom: IsoDate.nullable(),
    /** Paused: last day of the pause, if known. */
    pausedUntil: IsoDate.nullable(),
    pauseReason: optionalText('reason for the pause', 200),
    /** Ended: the last day of support. */
    endedOn: IsoDate.nullable(),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'paused' && value.pausedFrom === null) {
      ctx.addIssue({ code: 'custom', path: ['pausedFrom'], message: 'Enter the date the pause starts' });
    }
    if (value.pausedFrom !== null && value.pausedUntil !== null && value.pausedUntil < value.pausedFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['pausedUntil'],
        message: 'The pause must end on or after the day it starts',
      });
    }
    if (value.status === 'ended' && value.endedOn === null) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'Enter the last day of support' });
    }
    if (value.endedOn !== null && value.endedOn < value.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'Support cannot end before it starts' });
    }
  });
export type ClientInput = z.infer<typeof ClientInput>;

/** The full record, for managers and coordinators (access notes are read separately, and audited). */
export const ClientRecord = z.object({
  id: Id,
  givenName: z.string(),
  familyName: z.string(),
  preferredName: z.string().nullable(),
  addressedAs: z.string(),
  addressLine1: z.string(),
  addressLine2: z.string().nullable(),
  town: z.string(),
  postcode: z.string(),
  lat: z.number(),
  lon: z.number(),
  keyContacts: z.array(KeyContact),
  whatMatters: z.string().nullable(),
  supportNeeds: z.array(Skill),
  hasAccessNotes: z.boolean(),
  startDate: IsoDate,
  status: ClientStatus,
  pausedFrom: IsoDate.nullable(),
  pausedUntil: IsoDate.nullable(),
  pauseReason: z.string().nullable(),
  endedOn: IsoDate.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type ClientRecord = z.infer<typeof ClientRecord>;

/**
 * What a worker in the person's team may read (security.md): their name, how they like to be addressed, what matters
 * to them, and whether there are access notes (read through their own audited procedure). Nothing else: no support
 * needs, status, address or dates.
 */
export const ClientTeamView = z.object({
  id: Id,
  givenName: z.string(),
  familyName: z.string(),
  preferredName: z.string().nullable(),
  addressedAs: z.string(),
  whatMatters: z.string().nullable(),
  hasAccessNotes: z.boolean(),
});
export type ClientTeamView = z.infer<typeof ClientTeamView>;

/** Access notes (key safe, entry, pets, risks), read through their own audited procedure. */
export const ClientAccessNotes = z.object({ clientId: Id, accessNotes: z.string().nullable() });
export type ClientAccessNotes = z.infer<typeof ClientAccessNotes>;

/** Sort keys of the people list. */
export const ClientSort = z.enum(['name', 'postcode', 'status', 'startDate', 'teamSize']);

/** Search, filter, sort and page the people list (done in SQL). */
export const ClientListQuery = z.object({
  search: z.string().trim().max(100).default(''),
  status: ClientStatus.nullable().default(null),
  need: Skill.nullable().default(null),
  sort: ClientSort.default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(1000).default(500),
  offset: z.number().int().min(0).default(0),
});
export type ClientListQuery = z.input<typeof ClientListQuery>;

/** A people-list row as a worker sees it (security.md): the person's name and how they like to be addressed. */
export const ClientTeamListRow = z.object({
  id: Id,
  givenName: z.string(),
  familyName: z.string(),
  preferredName: z.string().nullable(),
  addressedAs: z.string(),
});
export type ClientTeamListRow = z.infer<typeof ClientTeamListRow>;

/** One row of the people list for coordinators and managers. */
export const ClientListRow = ClientTeamListRow.extend({
  postcode: z.string().nullable(),
  status: ClientStatus,
  startDate: IsoDate,
  teamSize: z.number().int(),
  supportNeeds: z.array(Skill),
});
export type ClientListRow = z.infer<typeof ClientListRow>;

/**
 * A page of the people list with the total that matched: full rows for coordinators and managers, a worker's rows
 * for a worker (the contract parses a worker's answer with ClientTeamListResult, which strips anything more).
 */
export const ClientListResult = z.object({
  rows: z.array(z.union([ClientListRow, ClientTeamListRow])),
  total: z.number().int(),
});
export type ClientListResult = z.infer<typeof ClientListResult>;

/** A worker's page of the people list: the people in their teams whose support has not ended. */
export const ClientTeamListResult = z.object({ rows: z.array(ClientTeamListRow), total: z.number().int() });
export type ClientTeamListResult = z.infer<typeof ClientTeamListResult>;

/** Whether a people-list row is the full one (coordinators and managers) rather than a worker's. */
export function isFullClientRow(row: ClientTeamListRow | ClientListRow): row is ClientListRow {
  return 'supportNeeds' in row;
}

/** Human labels for support needs (the skill vocabulary, in the words a person would use). */
export const SUPPORT_NEED_LABELS: Record<Skill, string> = {
  dementia: 'Advanced dementia',
  end_of_life: 'End of life',
  mental_health: 'Mental health',
  learning_disability: 'Learning disability',
  autism: 'Autism',
  medication: 'Medication support',
  moving_and_handling: 'Double-up moving and handling',
  diabetes: 'Diabetes',
  epilepsy: 'Epilepsy',
  stoma_catheter: 'Stoma or catheter care',
  peg_feeding: 'PEG feeding',
};
