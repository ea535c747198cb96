// `npm run schema`: writes static/schema/document.schema.json from the format's one definition
// (src/lib/document/schema.ts). tests/unit/schema.test.ts fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { publishedSchema } from '../src/lib/document/schema';

export const schemaFile = 'static/schema/document.schema.json';

writeFileSync(schemaFile, `${JSON.stringify(publishedSchema(), null, 2)}\n`);
console.log(`wrote ${schemaFile}`);
