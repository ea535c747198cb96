// The published JSON Schema is generated from the format's definition; this keeps the two equal.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { publishedSchema } from '../../src/lib/document/schema';

it('static/schema/document.schema.json is the one generated from src/lib/document/schema.ts (run `npm run schema`)', () => {
	const committed: unknown = JSON.parse(readFileSync('static/schema/document.schema.json', 'utf8'));
	expect(committed).toEqual(publishedSchema());
});
