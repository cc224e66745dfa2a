import { z } from 'zod';

/** A calendar date `YYYY-MM-DD` that exists (no 31 February). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD')
  .refine(isRealDate, 'This date does not exist');
export type IsoDate = z.infer<typeof IsoDate>;

/** Whether text is a `YYYY-MM-DD` date that exists: IsoDate's check without a schema, for files read cell by cell. */
export function isRealIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text);
}

/**
 * A date as UK files write it (07/12/2026 or 7/12/2026) turned into `YYYY-MM-DD`; any other text comes back trimmed,
 * for the caller's check to accept (already YYYY-MM-DD) or refuse.
 */
export function ukDateAsIso(text: string): string {
  const t = text.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  return uk ? `${uk[3]}-${uk[2]?.padStart(2, '0')}-${uk[1]?.padStart(2, '0')}` : t;
}

/** An instant as an ISO 8601 UTC string, as stored and sent. */
export const IsoDateTime = z.string().datetime({ offset: true, message: 'Enter a date and time' });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** A backend-made id (UUIDv7). */
export const Id = z.string().uuid('Not a valid id');
export type Id = z.infer<typeof Id>;

/** Trimmed text a person typed; empty is refused with a message naming the field's purpose. */
export function requiredText(label: string, max: number) {
  return z
    .string({ message: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `${capitalise(label)} must be ${max} characters or fewer`);
}

/** Optional text: empty or whitespace becomes null, so "cleared" and "never set" are the same. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${capitalise(label)} must be ${max} characters or fewer`)
    .nullable()
    .transform((value) => (value === null || value === '' ? null : value));
}

/** Paging for lists that can grow large. */
export const Page = z.object({
  limit: z.number().int().min(1).max(10_000).default(200),
  offset: z.number().int().min(0).default(0),
});

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An optional phone number (UK or international); empty becomes null. */
export const OptionalPhone = z
  .string()
  .trim()
  .nullable()
  .transform((value) => (value === null || value === '' ? null : value))
  .refine((value) => value === null || /^\+?[0-9 ()-]{7,20}$/.test(value), 'Enter a phone number of 7 to 20 digits');

/** An optional email address; empty becomes null. */
export const OptionalEmail = z
  .string()
  .trim()
  .max(254, 'Email address must be 254 characters or fewer')
  .nullable()
  .transform((value) => (value === null || value === '' ? null : value))
  .refine(
    (value) => value === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    'Enter an email address like name@example.org',
  );
