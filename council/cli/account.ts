import { randomIds, systemClock } from '@council/clock';
import { AccountError, createAccount } from '@council/accounts/account-service';
import { openCouncilStore } from '@council/db/open-council-store';
import { UsageError, options, runCommand, storeLocation } from './args';

// `npm run council:account -- create --username <u> --name <full name> [--role admin|reader] [--db <path>]`
// The first admin account is made here, on the council's server; admins make the rest on the Accounts page.
void runCommand(async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'create')
    throw new UsageError('Usage: council:account -- create --username <u> --name <full name> [--role admin|reader]');
  const args = options(rest, ['username', 'name', 'role', 'db']);
  if (!args.username || !args.name) throw new UsageError('create needs --username and --name');
  if (args.role && args.role !== 'admin' && args.role !== 'reader') throw new UsageError('--role is admin or reader');
  const store = await openCouncilStore(storeLocation(args.db, process.env));
  try {
    const made = await createAccount(store.db, systemClock, randomIds, {
      username: args.username,
      displayName: args.name,
      role: args.role === 'reader' ? 'reader' : 'admin',
    });
    console.error(`Account ${made.account.username} made. Its one-time password, shown only now:`);
    console.log(made.temporaryPassword);
  } catch (error) {
    throw error instanceof AccountError ? new UsageError(error.message) : error;
  } finally {
    await store.close();
  }
});
