import { CWP_CATEGORIES } from '@shared/domain/pathway/cwp';
import { QUALIFICATIONS } from '@shared/domain/pathway/qualifications';

/** Qualifications as select options. */
export const QUALIFICATION_OPTIONS = QUALIFICATIONS.map((q) => ({
  value: String(q.code),
  label: `${q.title} (${q.code})`,
}));

/** CWP categories as select options. */
export const CWP_OPTIONS = CWP_CATEGORIES.map((c) => ({ value: String(c.code), label: `${c.code}. ${c.label}` }));
