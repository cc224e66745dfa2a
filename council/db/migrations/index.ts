import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-intake';
import * as m0002 from './0002-audit-heads';
import * as m0003 from './0003-visit-times-figures';

/** The council store's migrations, in order, as a static list; append new ones and never edit a landed one. */
export const councilMigrations: Record<string, Migration> = {
  '0001-intake': m0001,
  '0002-audit-heads': m0002,
  '0003-visit-times-figures': m0003,
};
