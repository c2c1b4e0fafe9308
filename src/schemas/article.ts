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
	/** For children: one or two sentences in "em" voice on what the page helps them do (20–160
	 *  characters), shown on the children's hub instead of `description`. Required when `audiences`
	 *  names the children (see CHILDREN). */
	forChildren: z.string().min(20).max(160).optional(),
};

/** The audience id of children (content/audiences.yaml): their hub speaks to them in "em" voice. */
export const CHILDREN = 'hoc-sinh';

/**
 * Rules every written page keeps, applied last after a collection adds its own fields: at least one
 * source, and a children's description when the page is for children.
 */
export function requireSources<
	T extends z.ZodType<{
		documents: string[];
		sources: string[];
		audiences: string[];
		forChildren?: string | undefined;
	}>,
>(schema: T) {
	return schema
		.refine((a) => a.documents.length + a.sources.length > 0, {
			message: 'mỗi trang phải có ít nhất một nguồn trong "documents" hoặc "sources"',
			path: ['sources'],
		})
		.refine((a) => !a.audiences.includes(CHILDREN) || Boolean(a.forChildren), {
			message: `trang dành cho học sinh (audiences có "${CHILDREN}") phải có "forChildren": một hai câu xưng "em" nói trang giúp em làm gì`,
			path: ['forChildren'],
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
