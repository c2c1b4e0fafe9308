// Schemas of the search's own data in content/: how readers ask (search-words.yaml) and the words
// that show the help box (search-crisis.yaml). Pure zod, like the other schemas, so unit tests can
// check the files without Astro.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { slug } from './common.ts';
import { DOCUMENT_TYPES } from './document.ts';
import { contentFolder } from '../config/site.ts';

/** A word or phrase as readers type it: lower case, letters and digits (a "/" for dates like 1/6),
 *  single spaces, 1–40 characters. */
export const searchPhrase = z
	.string()
	.min(1)
	.max(40)
	.regex(/^[\p{Ll}\p{M}\d/]+(?: [\p{Ll}\p{M}\d/]+)*$/u, {
		message: 'viết thường, chỉ chữ và số, cách nhau một dấu cách (ví dụ: "phải làm sao")',
	});

const phrases = () => z.array(searchPhrase).min(1);

/** One entry of content/search-words.yaml. */
export const SearchWordSchema = z.discriminatedUnion('kind', [
	z
		.object({
			id: slug,
			/** Words dropped from a query: they add nothing to a search ("phải làm sao", "ạ", "ko"). */
			kind: z.literal('filler'),
			words: phrases(),
			/** Drop a one-word entry only when typed with its marks: "cực" but not "cuc", also "cục". */
			withMarks: z.boolean().default(false),
		})
		.strict(),
	z
		.object({
			id: slug,
			/** Phrases never broken up by dropping filler words ("trẻ em" keeps its "em"). */
			kind: z.literal('keep'),
			words: phrases(),
		})
		.strict(),
	z
		.object({
			id: slug,
			/** What readers type and the site's words for it: the search looks for both. */
			kind: z.literal('synonym'),
			/** As readers type it ("bạo hành", "dọa tung ảnh"). */
			words: phrases(),
			/** As the site writes it ("bạo lực", "tống tiền bằng ảnh"). */
			means: phrases(),
		})
		.strict(),
	z
		.object({
			id: slug,
			/** Words that show a query is about another child ("thấy trẻ bị đánh"): the help box shows, but
			 *  the child's own page is not put first. */
			kind: z.literal('others'),
			words: phrases(),
		})
		.strict(),
	z
		.object({
			id: slug,
			/** How people name a kind of document, to read "QĐ 2058" as a Quyết định numbered 2058. */
			kind: z.literal('document'),
			type: z.enum(DOCUMENT_TYPES),
			/** Names and abbreviations ("quyết định", "qđ"). */
			words: phrases(),
		})
		.strict(),
]);
export type SearchWord = z.infer<typeof SearchWordSchema>;

/** The folder of content/ holding each collection a help-box link may point to. */
const LINK_FOLDERS = { pages: 'pages', guides: 'guides', laws: 'laws', situations: 'situations' } as const;

/** A page the help box links to; the page must exist (content/<folder>/<id>.mdx). */
const crisisLink = () =>
	z
		.object({
			collection: z.enum(['pages', 'guides', 'laws', 'situations']),
			id: slug,
		})
		.strict()
		.superRefine((link, ctx) => {
			const file = resolve(contentFolder(), LINK_FOLDERS[link.collection], `${link.id}.mdx`);
			if (!existsSync(file))
				ctx.addIssue({ code: 'custom', message: `không có trang ${LINK_FOLDERS[link.collection]}/${link.id}.mdx` });
		});

/** One category of content/search-crisis.yaml: words that show the help box, and where it points. */
export const CrisisSchema = z
	.object({
		id: slug,
		/** Phrases as people type them; matched with or without diacritics, with one typo in phrases of
		 *  six letters or more, and through a Telex slip ("tuwj tuwr"). */
		words: phrases(),
		/** Words or phrases that match only when typed with exactly these marks ("sờ", not "so", also "số";
		 *  "bị bán", not "bị bạn"). */
		marked: z.array(searchPhrase).default([]),
		/** The page the help box links to for this category. */
		link: crisisLink(),
	})
	.strict();
export type Crisis = z.infer<typeof CrisisSchema>;
