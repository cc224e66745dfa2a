import { sql, type Kysely } from 'kysely';

// Frozen once landed: the council's first tables (branch tokens, summaries with their chartable figures,
// commissioners' accounts and sessions). Built with Kysely's schema builder so SQLite and PostgreSQL get the same
// tables from the same code; every statement is IF NOT EXISTS, so a migration cut short on SQLite (whose Kysely
// adapter runs DDL outside a transaction) completes on the next start instead of failing half-way.
// The figure columns are written out here in full (no code list imported), so this schema never drifts.

const FIGURES = [
  'f_headcount',
  'f_zero_hours_rate',
  'f_zero_hours_of',
  'f_floor_rate',
  'f_floor_of',
  'f_train_end_of_life_rate',
  'f_train_end_of_life_of',
  'f_train_mental_health_rate',
  'f_train_mental_health_of',
  'f_train_dementia_rate',
  'f_train_dementia_of',
  'f_train_learning_disability_rate',
  'f_train_learning_disability_of',
  'f_train_meaningful_life_rate',
  'f_train_meaningful_life_of',
  'f_train_mandatory_rate',
  'f_train_mandatory_of',
  'f_apprentices_active',
  'f_apprentice_starts',
  'f_people_supported',
  'f_continuity_median',
  'f_chosen_team_rate',
  'f_chosen_team_of',
  'f_short_visits_rate',
  'f_short_visits_of',
  'f_unassigned_rate',
  'f_unassigned_of',
  'f_hub_sign_ins',
  'f_hub_bookings',
  'f_desk_utilisation',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('branch_token')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('branch_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema.createIndex('branch_token_branch').ifNotExists().on('branch_token').column('branch_id').execute();

  let summary = db.schema
    .createTable('summary')
    .ifNotExists()
    .addColumn('summary_id', 'text', (c) => c.primaryKey())
    .addColumn('schema_version', 'integer', (c) => c.notNull())
    .addColumn('branch_id', 'text', (c) => c.notNull())
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('provider_name', 'text', (c) => c.notNull())
    .addColumn('branch_name', 'text', (c) => c.notNull())
    .addColumn('neighbourhood', 'text', (c) => c.notNull())
    .addColumn('period_kind', 'text', (c) => c.notNull().check(sql`period_kind IN ('week', 'month')`))
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('generated_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('app_version', 'text', (c) => c.notNull())
    .addColumn('audit_head', 'text', (c) => c.notNull())
    .addColumn('body_hash', 'text', (c) => c.notNull())
    .addColumn('body_json', 'text', (c) => c.notNull());
  for (const figure of FIGURES) summary = summary.addColumn(figure, 'double precision');
  await summary.execute();
  await db.schema
    .createIndex('summary_branch_period')
    .ifNotExists()
    .on('summary')
    .columns(['branch_id', 'period_kind', 'period_start', 'generated_at'])
    .execute();
  await db.schema
    .createIndex('summary_period')
    .ifNotExists()
    .on('summary')
    .columns(['period_kind', 'period_start'])
    .execute();

  await db.schema
    .createTable('account')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role IN ('reader', 'admin')`))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'integer', (c) => c.notNull().check(sql`must_change_password IN (0, 1)`))
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('disabled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('session')
    .ifNotExists()
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
}
