import { randomIds, systemClock } from '@council/clock';
import { openCouncilStore } from '@council/db/open-council-store';
import { createToken, listTokens, revokeTokens } from '@council/tokens/token-service';
import { UsageError, options, runCommand, storeLocation } from './args';

// `npm run council:token -- create|revoke|list [--branch <id>] [--label <text>] [--db <path>]`
// Branch tokens: made here on the council's server (file access is the trust boundary), shown once, stored as a hash.
void runCommand(async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'create' && command !== 'revoke' && command !== 'list')
    throw new UsageError('Usage: council:token -- create|revoke|list --branch <id> [--label <text>] [--db <path>]');
  const args = options(rest, ['branch', 'label', 'db']);
  if (command !== 'list' && !args.branch) throw new UsageError(`${command} needs --branch <id>`);
  const store = await openCouncilStore(storeLocation(args.db, process.env));
  try {
    if (command === 'create') {
      const { token } = await createToken(store.db, systemClock, randomIds, args.branch as string, args.label ?? null);
      console.error(`Token for branch ${args.branch}. It is shown only now: give it to the branch manager securely.`);
      console.log(token);
    } else if (command === 'revoke') {
      const count = await revokeTokens(store.db, systemClock, args.branch as string);
      console.log(
        count === 0
          ? `Branch ${args.branch} had no live token.`
          : `Revoked ${count} token(s) of branch ${args.branch}.`,
      );
    } else {
      const tokens = await listTokens(store.db, args.branch);
      if (tokens.length === 0) console.log('No tokens.');
      for (const t of tokens) {
        const status = t.revokedAt ? `revoked ${t.revokedAt}` : 'live';
        console.log(
          `${t.branchId}\t${status}\tmade ${t.createdAt}\tlast used ${t.lastUsedAt ?? 'never'}\t${t.label ?? ''}`,
        );
      }
    }
  } finally {
    await store.close();
  }
});
