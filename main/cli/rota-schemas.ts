// rota:schemas: write docs/schemas/*.schema.json from the zod schemas (the single source).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rotaJsonSchemas } from '../rota/json-schemas';

const root = new URL('../../', import.meta.url);
for (const [name, schema] of Object.entries(rotaJsonSchemas())) {
  const path = fileURLToPath(new URL(`docs/schemas/${name}`, root));
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote ${path}\n`);
}
