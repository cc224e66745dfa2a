import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '@main/db/schema';

/** Read a branch setting, parsed by its schema, or the default when unset or unreadable. */
export async function readSetting<T>(db: Kysely<Database>, key: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  const row = await db.selectFrom('setting').select('value_json').where('key', '=', key).executeTakeFirst();
  if (!row) return fallback;
  const parsed = schema.safeParse(JSON.parse(row.value_json));
  return parsed.success ? parsed.data : fallback;
}

/** Write a branch setting (caller audits). */
export async function writeSetting(db: Kysely<Database>, key: string, value: unknown, at: Date): Promise<void> {
  const valueJson = JSON.stringify(value);
  await db
    .insertInto('setting')
    .values({ key, value_json: valueJson, updated_at: at.toISOString() })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value_json: valueJson, updated_at: at.toISOString() }))
    .execute();
}
