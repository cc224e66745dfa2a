import { CWP_CATEGORIES } from '@shared/domain/pathway/cwp';
import { QUALIFICATIONS } from '@shared/domain/pathway/qualifications';

/** Qualifications as select options. */
export const QUALIFICATION_OPTIONS = QUALIFICATIONS.map((q) => ({
  value: String(q.code),
  label: `${q.title} (${q.code})`,
}));

/** CWP categories as select options. */
export const CWP_OPTIONS = CWP_CATEGORIES.map((c) => ({ value: String(c.code), label: `${c.code}. ${c.label}` }));

/** "14.20" → 1420 pence; empty → null; anything else → NaN so the schema names the field. */
export function penceFrom(text: string | boolean): number | null {
  const value = String(text).trim().replace(/^£/, '');
  if (value === '') return null;
  return /^\d+(\.\d{1,2})?$/.test(value) ? Math.round(Number(value) * 100) : Number.NaN;
}
