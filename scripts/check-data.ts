// Validates the YAML data files of content/ against their schemas, outside Astro.
// Usage: npx node scripts/check-data.ts [file ...]   (default: every known data file)
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ZodType } from 'astro/zod';
import { SourceSchema } from '../src/schemas/source.ts';
import { DocumentSchema } from '../src/schemas/document.ts';

const schemas: Record<string, ZodType> = {
	'sources.yaml': SourceSchema,
	'documents.yaml': DocumentSchema,
};

const files = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(schemas);
let failed = 0;
for (const file of files) {
	const schema = schemas[file];
	if (!schema) throw new Error(`không biết lược đồ của ${file}`);
	const entries = parse(readFileSync(`content/${file}`, 'utf8')) as unknown[];
	const seen = new Set<string>();
	entries.forEach((entry, i) => {
		const id = (entry as { id?: string }).id ?? `#${i + 1}`;
		if (seen.has(id)) {
			console.error(`content/${file} › ${id}: id trùng`);
			failed++;
		}
		seen.add(id);
		const result = schema.safeParse(entry);
		if (!result.success) {
			for (const issue of result.error.issues) {
				console.error(`content/${file} › ${id} › ${issue.path.join('.')}: ${issue.message}`);
				failed++;
			}
		}
	});
	console.log(`content/${file}: ${entries.length} mục`);
}
process.exit(failed ? 1 : 0);
