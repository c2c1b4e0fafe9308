import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ZodType } from 'astro/zod';
import {
	AudienceSchema,
	CampaignSchema,
	DocumentSchema,
	HotlineSchema,
	SourceSchema,
	TopicSchema,
	GuideSchema,
	ArticleSchema,
} from '../../src/schemas/index.ts';
import { readData } from '../support/utils.ts';

const DATA: Record<string, ZodType> = {
	sources: SourceSchema,
	documents: DocumentSchema,
	hotlines: HotlineSchema,
	campaigns: CampaignSchema,
	audiences: AudienceSchema,
	topics: TopicSchema,
};

/** The messages of a failed parse as "path: message" lines. */
function issues(schema: ZodType, value: unknown): string[] {
	const result = schema.safeParse(value);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

for (const [name, schema] of Object.entries(DATA)) {
	test(`mọi mục của content/${name}.yaml đúng lược đồ và có id riêng`, () => {
		const entries = readData(name);
		expect(entries.length).toBeGreaterThan(0);
		for (const entry of entries) expect(issues(schema, entry), `content/${name}.yaml › ${String(entry['id'])}`).toEqual([]);
		const ids = entries.map((e) => e['id']);
		expect(new Set(ids).size).toBe(ids.length);
	});
}

// Fixtures of bad input (GOV.UK's yaml examples idea): each must be refused, naming the field.
const fixtures = parse(readFileSync('tests/fixtures/invalid.yaml', 'utf8')) as {
	name: string;
	schema: string;
	field: string;
	value: unknown;
}[];
const SCHEMAS: Record<string, ZodType> = { ...DATA, guide: GuideSchema, article: ArticleSchema };

for (const fixture of fixtures) {
	test(`lược đồ từ chối: ${fixture.name}`, () => {
		const schema = SCHEMAS[fixture.schema];
		expect(schema, `không có lược đồ ${fixture.schema}`).toBeDefined();
		const found = issues(schema!, fixture.value);
		expect(found.length, 'phải có lỗi').toBeGreaterThan(0);
		expect(found.some((line) => line.startsWith(`${fixture.field}:`)), found.join('\n')).toBe(true);
	});
}
