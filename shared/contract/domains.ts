/**
 * Domains (the part of a procedure name before the dot) named together by more than one procedure's `invalidates`.
 */

/** Every domain whose queries show staff records: names, job roles, contracts, pay and who is still employed. */
export const STAFF_READERS = [
  'staff',
  'accounts',
  'availability',
  'clients',
  'training',
  'pathway',
  'apprenticeships',
  'compliance',
  'ascwds',
  'rota',
] as const;

/** Every domain with queries: the demo branch fills them all. */
export const EVERY_DOMAIN = [
  ...STAFF_READERS,
  'setup',
  'auth',
  'notices',
  'qualifications',
  'policy',
  'workplace',
  'audit',
] as const;
