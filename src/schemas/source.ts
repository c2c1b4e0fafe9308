import { z } from 'astro/zod';
import { partialDate, slug, webUrl } from './common.ts';

/**
 * A public web page cited by the site (content/sources.yaml). The only place a cited URL is written.
 * Only original pages become links; copies and mirrors are shown as plain text (see lib/sources.ts).
 */
export const SourceSchema = z
	.object({
		/** Stable id, e.g. "who-drowning-topic"; never change it once pages cite it. */
		id: slug,
		/** Title of the page or article, as the page gives it (may be in English). */
		title: z.string().min(3),
		/** Who owns the page or whose text it is: "WHO", "UNICEF Việt Nam", "Báo Pháp luật"… */
		publisher: z.string().min(2),
		/** The address that was checked (an archived copy; the live page may differ). */
		url: webUrl,
		/**
		 * primary: the organisation's own page; secondary: news, blogs, private law sites;
		 * copy: the organisation's text read on a mirror or a third-party copy (never linked).
		 */
		kind: z.enum(['primary', 'secondary', 'copy']),
		/** For a copy: the original address, when known. */
		original: webUrl.optional(),
		/** Publication date if the page gives one: YYYY, YYYY-MM or YYYY-MM-DD. */
		published: partialDate.optional(),
		/** The day the archived copy was checked (YYYY-MM-DD). */
		accessed: z.coerce.date(),
		/** Language of the page. */
		lang: z.enum(['vi', 'en', 'other']),
		/** What the site relies on it for, or a caution for editors (not shown to readers). */
		note: z.string().optional(),
		/**
		 * Set when readers must not follow the page (outdated or unsafe advice): the reason, in plain words
		 * for readers, lower-case and without a final full stop, since it follows "không nên làm theo trang
		 * này:" ("cách hồi sức trên trang này không khớp hướng dẫn hiện hành"). The source is then never a
		 * link: source lists show its title as text with this reason beside it, and an inline citation
		 * names it without a link. Absent (the default) for every source the site may recommend.
		 */
		avoid: z.string().min(10).max(200).optional(),
	})
	.strict();
export type Source = z.infer<typeof SourceSchema>;
