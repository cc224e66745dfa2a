import type { MigrationList } from '../migration-runner';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-staff-full';
import * as m0003 from './0003-training';
import * as m0004 from './0004-pathway';
import * as m0005 from './0005-people';
import * as m0006 from './0006-rota';
import * as m0007 from './0007-staff-ascwds';
import * as m0010 from './0010-hub';
import * as m0011 from './0011-sync-outbox';
import * as m0012 from './0012-auth-audit-seal';
import * as m0013 from './0013-staff-eligibility';
import * as m0014 from './0014-pay';
import * as m0016 from './0016-sick-pay';
import * as m0018 from './0018-postcode-directory';
import * as m0019 from './0019-visit-actuals';
import * as m0020 from './0020-team-changes';
import * as m0021 from './0021-dbs-pending';
import * as m0022 from './0022-holiday';
import * as m0024 from './0024-hub-departures';
import * as m0025 from './0025-rota-edit-steps';
import * as m0027 from './0027-visit-cover';
import * as m0028 from './0028-ideal-week-proposals';
import * as m0030 from './0030-shift-swaps';
import * as m0031 from './0031-visit-split';
import * as m0032 from './0032-team-meeting-bookings';

// How migrations work here (main/db/migration-runner.ts applies them):
//
// - A migration is frozen text. Once landed it is never edited: a change is a new migration. It imports only
//   `kysely` and frozen files beside it (rebuild-table.ts), never code lists from shared/ or anything else that can
//   change, and writes its CHECK lists out (a unit test checks the imports).
// - Each runs with its history row in one transaction, so a kill leaves the store before it or after it. So no
//   statement that cannot run in a transaction: no VACUUM, no journal_mode, no foreign_keys pragma.
// - Names sort in the order they apply: `NNNN-what-it-does`, appended at the end of this list. A number given out
//   and not used stays unused; a store that recorded a later one would refuse an earlier one added afterwards.
// - Each is upgrade-tested from every earlier version, with data, as soon as it is listed
//   (test/integration/store/upgrade-per-migration.test.ts).
//
// Code lists that grow (job roles, countries, skills, qualification codes…) stay CHECK … IN (…) lists: the services
// validate with zod first, and the CHECK keeps the database the last line of defence without extra tables. SQLite
// cannot alter a CHECK, so adding a code is a migration that rebuilds each table holding the list:
//
//   export const rebuildsTables = true; // the runner turns foreign keys off around it and checks them before commit
//   export async function up(db: Kysely<unknown>): Promise<void> {
//     await rebuildTable(db, 'staff', `( …every column as the table stands, in order, the list longer… ) STRICT`);
//   }
//
// rebuildTable (rebuild-table.ts) copies every row into the new definition, drops the old table, renames the new one
// into place and makes its indexes and triggers again. Take the table's current definition from a store at the
// latest version (`SELECT sql FROM sqlite_schema WHERE name = 'staff'`): columns added by ALTER come last.
// test/fixtures/stores/example-job-role-migration.ts is a worked example, and
// test/integration/store/code-list-growth.test.ts proves on a store full of data that it keeps every row and changes
// nothing but the list; copy both for a real one.

/** Every migration, in order, as a static list (the Electron main process is bundled, so no directory globbing). */
export const migrations: MigrationList = {
  '0001-foundation': m0001,
  '0002-staff-full': m0002,
  '0003-training': m0003,
  '0004-pathway': m0004,
  '0005-people': m0005,
  '0006-rota': m0006,
  '0007-staff-ascwds': m0007,
  '0010-hub': m0010,
  '0011-sync-outbox': m0011,
  '0012-auth-audit-seal': m0012,
  '0013-staff-eligibility': m0013,
  '0014-pay': m0014,
  '0016-sick-pay': m0016,
  '0018-postcode-directory': m0018,
  '0019-visit-actuals': m0019,
  '0020-team-changes': m0020,
  '0021-dbs-pending': m0021,
  '0022-holiday': m0022,
  '0024-hub-departures': m0024,
  '0025-rota-edit-steps': m0025,
  '0027-visit-cover': m0027,
  '0028-ideal-week-proposals': m0028,
  '0030-shift-swaps': m0030,
  '0031-visit-split': m0031,
  '0032-team-meeting-bookings': m0032,
};
