import { z } from 'zod';

/**
 * Care Workforce Pathway role categories in progression order, with the ASC-WDS CWPCATEGORY code and the official
 * one-line descriptor (domain.md §2.1). Personal assistant is left out: ASC-WDS does not offer it to providers.
 */
export const CWP_CATEGORIES = [
  {
    code: 1,
    label: 'New to care',
    descriptor: "In a care-providing role that's a start point for a career in social care",
  },
  {
    code: 2,
    label: 'Care or support worker',
    descriptor: 'Established in their role; consolidated their skills and experience',
  },
  {
    code: 3,
    label: 'Enhanced care worker',
    descriptor: 'Is delegated activities by regulated professionals or provides specialist support',
  },
  {
    code: 4,
    label: 'Supervisor or leader',
    descriptor: 'Might be a team leader with some staff management responsibilities',
  },
  {
    code: 5,
    label: 'Practice leader',
    descriptor: 'Specialist skills and expertise in their field of care, but does not line manage',
  },
  { code: 6, label: 'Deputy manager', descriptor: 'People management responsibilities; helps run the service' },
  {
    code: 7,
    label: 'Registered manager',
    descriptor: 'Focused on regulatory and legal requirements; runs the service',
  },
] as const;

/** The CWP category codes the pathway uses. */
export const CWP_CODES = CWP_CATEGORIES.map((c) => c.code);

/** A CWP role category code (1–7). */
export const CwpCategory = z
  .number({ message: 'Choose a Care Workforce Pathway category' })
  .int()
  .refine((code) => (CWP_CODES as number[]).includes(code), 'Choose a Care Workforce Pathway category');
export type CwpCategory = z.infer<typeof CwpCategory>;

/** The label of a CWP category code. */
export function cwpLabel(code: number): string {
  return CWP_CATEGORIES.find((c) => c.code === code)?.label ?? `Category ${code}`;
}
