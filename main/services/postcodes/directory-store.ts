import type { HandlerContext } from '@main/rpc/context';

/** One postcode of the directory, keyed as the app writes postcodes. */
export interface DirectoryEntry {
  postcode: string;
  lat: number;
  lon: number;
}

// Rows per INSERT: three parameters each keeps a statement far below SQLite's 32,766-parameter limit, with few
// enough statements that writing is a small part of an import.
const BATCH = 2000;

/**
 * Replace the whole directory with these postcodes in one transaction (a failure leaves the previous directory as it
 * was), record the import for the page, and audit it.
 */
export async function replaceDirectory(
  ctx: HandlerContext,
  entries: readonly DirectoryEntry[],
  skipped: { terminated: number; unlocated: number },
  importedBy: string,
): Promise<void> {
  const importId = ctx.deps.ids();
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('postcode').execute();
    for (let start = 0; start < entries.length; start += BATCH)
      await trx
        .insertInto('postcode')
        .values(entries.slice(start, start + BATCH))
        .execute();
    await trx
      .insertInto('postcode_import')
      .values({
        id: importId,
        imported_at: ctx.deps.clock.now().toISOString(),
        imported_by: importedBy,
        postcodes: entries.length,
        terminated_skipped: skipped.terminated,
        unlocated_skipped: skipped.unlocated,
      })
      .execute();
    await ctx.audit(trx, {
      action: 'postcodes.importDirectory',
      entity: 'postcode_import',
      entityId: importId,
      outcome: 'success',
      detail: `${entries.length} postcodes (${skipped.terminated} terminated skipped)`,
    });
  });
}

/**
 * The demo branch's directory: its made-up postcodes, each at the point where the first person or worker given it was
 * placed, so adding a person by postcode works in the demo as it does once a real branch imports the ONS file.
 */
export async function directoryOfPlacedHomes(ctx: HandlerContext): Promise<DirectoryEntry[]> {
  const db = ctx.deps.db;
  const people = await db.selectFrom('client').select(['postcode', 'lat', 'lon']).orderBy('id').execute();
  const workers = await db
    .selectFrom('worker_travel_profile')
    .select(['home_postcode as postcode', 'home_lat as lat', 'home_lon as lon'])
    .where('home_postcode', 'is not', null)
    .orderBy('staff_id')
    .execute();
  const entries = new Map<string, DirectoryEntry>();
  for (const home of [...people, ...workers])
    if (home.postcode !== null && !entries.has(home.postcode))
      entries.set(home.postcode, { postcode: home.postcode, lat: home.lat, lon: home.lon });
  return [...entries.values()];
}
