import { main } from './main';

// The bundled entry point: `node out/server/cli.mjs --port 0 --db <path>`.
void main(process.argv.slice(2));
