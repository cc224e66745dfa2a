import { createServer } from 'node:http';
import { createCouncilApp } from '@council/app';
import { openCouncilStore } from '@council/db/open-council-store';
import { UsageError, options, runCommand, storeLocation } from './args';

// `npm run council -- --port 0 [--db <path>] [--host 127.0.0.1]`: start the council's intake service and borough
// view. PostgreSQL when DATABASE_URL is set. Plain HTTP: in production it sits behind the council's TLS terminator.
void runCommand(async () => {
  const args = options(process.argv.slice(2), ['port', 'db', 'host']);
  const port = Number(args.port ?? '8480');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${args.port} is not a port`);
  const store = await openCouncilStore(storeLocation(args.db, process.env));
  const server = createServer(createCouncilApp({ store }));
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(port, args.host ?? '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The service did not get a port');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  console.error(`Council service using ${store.dialect === 'sqlite' ? 'SQLite at' : 'PostgreSQL at'} ${store.where}`);
  console.log(`http://${host}:${address.port}/`);
  const stop = () => {
    server.close(() => void store.close());
    server.closeAllConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
});
