import type { PostcodeDirectory } from '@shared/domain/clients/postcode-directory';
import type { HandlerContext } from '@main/rpc/context';

/** How many postcodes are loaded and when: the latest import (the directory holds exactly what it loaded). */
export async function postcodeDirectoryStatus(ctx: HandlerContext): Promise<PostcodeDirectory> {
  const latest = await ctx.deps.db
    .selectFrom('postcode_import')
    .select(['imported_at', 'postcodes', 'terminated_skipped', 'unlocated_skipped'])
    .orderBy('imported_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    postcodes: latest?.postcodes ?? 0,
    importedAt: latest?.imported_at ?? null,
    terminatedSkipped: latest?.terminated_skipped ?? 0,
    unlocatedSkipped: latest?.unlocated_skipped ?? 0,
  };
}
