import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, OptionalEmail, OptionalPhone, optionalText, requiredText } from '../common';
import { JobRoleCode } from './job-roles';

/** Whether a staff record is in use or archived (kept, hidden from day-to-day lists). */
export const StaffStatus = z.enum(['active', 'archived']);
export type StaffStatus = z.infer<typeof StaffStatus>;

/** The staff reference: unique within the branch and the ASC-WDS UNIQUEWORKERID (under 50 characters). */
export const StaffReference = z
  .string({ message: 'Enter a staff reference' })
  .trim()
  .min(1, 'Enter a staff reference')
  .max(49, 'Staff reference must be under 50 characters (ASC-WDS limit)')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.\-/]*$/, 'Staff reference may use letters, digits and _ . - / only');

/** What a person types to create or edit a staff record (the foundation slice; the full record extends it). */
export const StaffInput = z.object({
  reference: StaffReference,
  givenName: requiredText('a first name', 100),
  familyName: requiredText('a last name', 100),
  preferredName: optionalText('preferred name', 100),
  jobRole: JobRoleCode,
  email: OptionalEmail,
  phone: OptionalPhone,
  startDate: IsoDate,
});
export type StaffInput = z.infer<typeof StaffInput>;

/** A staff record as the backend returns it. */
export const StaffRecord = z.object({
  id: Id,
  reference: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  preferredName: z.string().nullable(),
  jobRole: z.number().int(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  startDate: IsoDate,
  status: StaffStatus,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type StaffRecord = z.infer<typeof StaffRecord>;

/** One row of the staff list: what the table shows, nothing more (trainers see this too). */
export const StaffListRow = z.object({
  id: Id,
  reference: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  preferredName: z.string().nullable(),
  jobRole: z.number().int(),
  startDate: IsoDate,
  status: StaffStatus,
});
export type StaffListRow = z.infer<typeof StaffListRow>;

/** Columns the staff list sorts by. */
export const StaffSortKey = z.enum(['name', 'reference', 'jobRole', 'startDate', 'status']);
export type StaffSortKey = z.infer<typeof StaffSortKey>;

/** Search, filter, sort and page the staff list. */
export const StaffListQuery = z.object({
  search: z.string().trim().max(100, 'Search must be 100 characters or fewer').default(''),
  jobRole: JobRoleCode.nullable().default(null),
  status: StaffStatus.nullable().default('active'),
  sort: StaffSortKey.default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(10_000).default(500),
  offset: z.number().int().min(0).default(0),
});
export type StaffListQuery = z.input<typeof StaffListQuery>;

/** A page of the staff list with the total that matched. */
export const StaffListResult = z.object({
  rows: z.array(StaffListRow),
  total: z.number().int(),
});
export type StaffListResult = z.infer<typeof StaffListResult>;

/** The name to show for a person: preferred first name if given. */
export function displayName(staff: { givenName: string; familyName: string; preferredName: string | null }): string {
  return `${staff.preferredName ?? staff.givenName} ${staff.familyName}`;
}
