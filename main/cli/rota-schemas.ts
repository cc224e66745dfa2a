// rota:schemas: write main/rota/formats/schemas/*.schema.json from the zod schemas (the single source).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rotaJsonSchemas } from '../rota/json-schemas';

const root = new URL('../../', import.meta.url);
for (const [name, schema] of Object.entries(rotaJsonSchemas())) {
  const path = fileURLToPath(new URL(`main/rota/formats/schemas/${name}`, root));
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote ${path}\n`);
}
