// Small schema pieces shared by the collections. Pure zod: no Astro runtime, so unit tests and
// scripts can import these files directly.
import { z } from 'astro/zod';
import { idsIn } from './ids.ts';

/** URL-safe id: ASCII lower-case, digits and "-" (đ is written d). */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	message: 'chỉ dùng chữ thường không dấu, số và dấu "-" (ví dụ: phong-chong-duoi-nuoc)',
});

/**
 * A date that may be incomplete, as the documents give it: "2025", "2025-04" or "2025-04-08".
 * A blank day or month in a document stays blank here; it is never filled in.
 */
export const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
	message: 'dạng YYYY, YYYY-MM hoặc YYYY-MM-DD (để trống phần văn bản không ghi)',
});

/** An https or http URL of a public page. */
export const webUrl = z
	.string()
	.url()
	.regex(/^https?:\/\//, { message: 'phải bắt đầu bằng http:// hoặc https://' });

/** A reference to an entry of a YAML data file in content/, by id; unknown ids fail the build. */
export function idOf(file: string, what: string) {
	return z.string().superRefine((id, ctx) => {
		if (!idsIn(file).has(id)) {
			ctx.addIssue({ code: 'custom', message: `${what} "${id}" không có trong content/${file}` });
		}
	});
}

export const documentId = () => idOf('documents.yaml', 'văn bản');
export const sourceId = () => idOf('sources.yaml', 'nguồn');
export const topicId = () => idOf('topics.yaml', 'chủ đề');
export const audienceId = () => idOf('audiences.yaml', 'đối tượng');
export const hotlineId = () => idOf('hotlines.yaml', 'số điện thoại');

/**
 * Where a fact comes from: a document of the registry or a cited web source, and optionally
 * where in it ("Điều 1", "mục 4").
 */
export const citation = () =>
	z
		.object({
			/** A document of content/documents.yaml. */
			document: documentId().optional(),
			/** A web source of content/sources.yaml. */
			source: sourceId().optional(),
			/** Where in the document or page, e.g. "Điều 1" or "mục 4" (shown to readers). */
			at: z.string().optional(),
			/** Row of the editors' checked fact sheets the statement was taken from, e.g. "3.11", so a
			 *  reviewer can trace it; never shown, since the cited page has no such section. */
			row: z
				.string()
				.regex(/^[A-H]?\d+(\.\d+)?(, ?[A-H]?\d+(\.\d+)?)*$/)
				.optional(),
		})
		.strict()
		.refine((c) => Boolean(c.document) !== Boolean(c.source), {
			message: 'một trích dẫn cần đúng một trong hai trường "document" hoặc "source"',
		});
export type Citation = z.infer<ReturnType<typeof citation>>;

/**
 * A fact that may be unknown. When filled, it must say where it comes from; the site shows an empty
 * one as "chưa có thông tin đã kiểm chứng", never a guess.
 */
export const sourcedFact = () =>
	z
		.object({
			/** The fact, in plain Vietnamese. */
			value: z.string().min(1),
			/** Where it comes from. */
			cite: z.array(citation()).min(1, { message: 'một thông tin đã điền phải có ít nhất một nguồn' }),
			/** The date or period the source speaks for, e.g. "năm 2017", when the fact may have changed since. */
			asOf: z.string().optional(),
		})
		.strict();
export type SourcedFact = z.infer<ReturnType<typeof sourcedFact>>;

/** "{so:cap-cuu-115}" in a frontmatter sentence: the number of that hotline, read from hotlines.yaml
 *  (a tel: link on the page, the display form in print). Phone numbers are never typed in content. */
export const NUMBER_TOKEN = /\{so:([a-z0-9-]+)\}/g;

/** A sentence of frontmatter that may name phone numbers only as {so:<hotline id>} tokens. */
export const textWithNumbers = (min: number, max: number) =>
	z
		.string()
		.min(min)
		.max(max)
		.superRefine((text, ctx) => {
			for (const [, id] of text.matchAll(NUMBER_TOKEN)) {
				const known = hotlineId().safeParse(id);
				if (!known.success)
					ctx.addIssue({ code: 'custom', message: `{so:${id}}: không có số này trong content/hotlines.yaml` });
			}
			if (
				/tel:|(?<![\w/.-])(11[0-9]|1800[ .]?\d{4}|1900[ .]?\d{4}|(\+84|0)\d[\d .]{7,11})(?![\w/-])/.test(
					text.replace(NUMBER_TOKEN, ''),
				)
			) {
				ctx.addIssue({
					code: 'custom',
					message: 'viết số điện thoại bằng {so:<id trong hotlines.yaml>}, không gõ số trực tiếp',
				});
			}
		});
