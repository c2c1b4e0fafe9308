import { z } from 'astro/zod';
import { audienceId, citation, documentId, sourceId, textWithNumbers, topicId } from './common.ts';

/**
 * Frontmatter shared by every written page (guides, law pages, other pages): what it is, for whom,
 * on what, from which sources, and when it was last checked.
 */
export const articleFields = {
		/** Page title (the <h1> and <title>). */
		title: z.string().min(3).max(100),
		/** One or two sentences for search results and link previews; unique per page. */
		description: z.string().min(30).max(220),
		/** Who the page is for. */
		audiences: z.array(audienceId()).min(1),
		/** Main topic. */
		topic: topicId(),
		/** Documents of the registry the page relies on (each gets a back-link from its document page). */
		documents: z.array(documentId()).default([]),
		/** Web sources the page relies on. */
		sources: z.array(sourceId()).default([]),
		/** Last checked against its sources ("cập nhật"), YYYY-MM-DD. */
		updated: z.coerce.date(),
		/** Position within its section (lower first). */
		order: z.number().int().default(100),
		/** Phrases readers type to find this page ("mẹ đỡ đầu", "đăng ký khai sinh"), chosen by the editor
		 *  and only put in the search index (a weighted field), never shown. Vietnamese syllables are
		 *  indexed one by one, so a phrase that matters is worth naming here. */
		keywords: z.array(z.string().min(2).max(60)).max(12).default([]),
		/** Index the page for search (false for pages that only repeat others). */
		search: z.boolean().default(true),
		/** Mô tả ngắn viết cho các em ("em"), hiện ở trang dành cho học sinh thay cho mô tả của người lớn. */ forChildren: z.string().min(20).max(160).optional(),
};

/** Every page lists at least one source. Applied last, after a collection adds its own fields. */
export function requireSources<T extends z.ZodType<{ documents: string[]; sources: string[] }>>(schema: T) {
	return schema.refine((a) => a.documents.length + a.sources.length > 0, {
		message: 'mỗi trang phải có ít nhất một nguồn trong "documents" hoặc "sources"',
		path: ['sources'],
	});
}

export const ArticleSchema = requireSources(z.object(articleFields).strict());

/** A dated key step that leaflets print (guides only). */
export const keyStep = () =>
	z
		.object({
			/** The step, as an instruction in plain Vietnamese (one sentence). */
			text: textWithNumbers(5, 200),
			/** Its source(s). */
			cite: z.array(citation()).min(1),
		})
		.strict();

export { citation, documentId, sourceId };
