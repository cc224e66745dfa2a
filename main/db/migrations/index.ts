import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-foundation';
import * as m0005 from './0005-people';
import * as m0003 from './0003-training';
import * as m0002 from './0002-staff-full';
import * as m0004 from './0004-pathway';
import * as m0006 from './0006-rota';
import * as m0007 from './0007-staff-ascwds';
import * as m0010 from './0010-hub';
import * as m0012 from './0012-auth-audit-seal';

/**
 * Every migration, in order, as a static list (the Electron main process is bundled, so no directory globbing).
 * Names sort in order; append new ones at the end and never edit a landed one.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0005-people': m0005,
  '0003-training': m0003,
  '0002-staff-full': m0002,
  '0004-pathway': m0004,
  '0006-rota': m0006,
  '0007-staff-ascwds': m0007,
  '0010-hub': m0010,
  '0012-auth-audit-seal': m0012,
};
