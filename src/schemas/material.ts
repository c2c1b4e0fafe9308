// The printable and shareable materials (content/materials.yaml → files under /tai-lieu/): what each
// file is, for whom, and which content data it is drawn from. The files themselves are generated at
// build time from that data by src/materials/, so a corrected fact corrects every file.
// A rule entry ("from: guides", "from: past-campaigns") stands for one file per full guide or per
// past campaign year; its file name then holds a {guide} or {year} placeholder.
import { z } from 'astro/zod';
import { audienceId, slug, topicId } from './common.ts';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentFolder } from '../config/site.ts';

/** What a reader calls the material; each kind has one design in src/materials/designs/. */
export const MATERIAL_KINDS = [
	'leaflet',
	'poster',
	'banner',
	'cards',
	'talk',
	'slides',
	'quiz',
	'share-image',
] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** The file format, also the file name's extension. */
export const MATERIAL_FORMATS = ['pdf', 'docx', 'pptx', 'png'] as const;
export type MaterialFormat = (typeof MATERIAL_FORMATS)[number];

/** The sheet or screen a design is laid out for. */
export const MATERIAL_PAPERS = ['A4', 'A3', 'banner-5x1', 'screen-16x9', 'square'] as const;
export type MaterialPaper = (typeof MATERIAL_PAPERS)[number];

/**
 * Where the content comes from: the hotlines; every full guide (a rule) or one guide; the campaign
 * of BUILD_DATE's year; or every earlier campaign year that has a sourced theme (a rule).
 */
export const MATERIAL_SOURCES = ['hotlines', 'guides', 'current-campaign', 'past-campaigns'] as const;

/** Which formats, papers and data each kind can be made from (the designs that exist). */
export const MATERIAL_DESIGNS: Record<
	MaterialKind,
	{ formats: MaterialFormat[]; papers: MaterialPaper[]; from: string[] }
> = {
	leaflet: { formats: ['pdf'], papers: ['A4'], from: ['guides', 'guide'] },
	poster: { formats: ['pdf'], papers: ['A4', 'A3'], from: ['hotlines', 'current-campaign', 'past-campaigns'] },
	banner: { formats: ['pdf'], papers: ['banner-5x1'], from: ['current-campaign'] },
	cards: { formats: ['pdf'], papers: ['A4'], from: ['hotlines'] },
	talk: { formats: ['docx', 'pdf'], papers: ['A4'], from: ['guides', 'guide'] },
	slides: { formats: ['pptx'], papers: ['screen-16x9'], from: ['guides', 'guide'] },
	quiz: { formats: ['pdf'], papers: ['A4'], from: ['guides', 'guide'] },
	'share-image': { formats: ['png'], papers: ['square'], from: ['guides', 'guide', 'hotlines'] },
};

/** A full guide of content/guides/ by its file name (without .mdx); an unknown one fails the build. */
const guideId = () =>
	slug.superRefine((id, ctx) => {
		if (!existsSync(resolve(contentFolder(), 'guides', `${id}.mdx`))) {
			ctx.addIssue({ code: 'custom', message: `hướng dẫn "${id}" không có trong content/guides/` });
		}
	});

const from = z.union([z.enum(MATERIAL_SOURCES), z.object({ guide: guideId() }).strict()]);
export type MaterialFrom = z.infer<typeof from>;

/** The name of a `from` value in MATERIAL_DESIGNS ("guide" for `{ guide: … }`). */
export function fromName(value: MaterialFrom): string {
	return typeof value === 'string' ? value : 'guide';
}

/** The placeholder a file name must hold, if any: {guide} for the per-guide rule, {year} for a
 *  campaign's files (so each year's file keeps its own name). */
export function placeholderOf(value: MaterialFrom): '{guide}' | '{year}' | undefined {
	if (value === 'guides') return '{guide}';
	if (value === 'current-campaign' || value === 'past-campaigns') return '{year}';
	return undefined;
}

export const MaterialSchema = z
	.object({
		/** Stable id of the entry (of the rule, for a rule). */
		id: slug,
		/** What readers call it; picks the design. */
		kind: z.enum(MATERIAL_KINDS),
		/** File format: pdf, docx (Word), pptx (PowerPoint) or png (image). */
		format: z.enum(MATERIAL_FORMATS),
		/** Sheet or screen: A4, A3, a 5:1 banner, 16:9 slides, or a square image (1080 × 1080). */
		paper: z.enum(MATERIAL_PAPERS),
		/** Where the content comes from (see MATERIAL_SOURCES); "guides" and "past-campaigns" are rules. */
		from,
		/** File name under /tai-lieu/ (ASCII, ending in the format's extension); holds {guide} (the
		 *  guide's file name) for "from: guides" and {year} for a campaign's files. */
		file: z.string().regex(/^[a-z0-9{}-]+\.(pdf|docx|pptx|png)$/, {
			message: 'chữ thường không dấu, số, "-", {guide} hoặc {year}, và phần đuôi',
		}),
		/** Title in the library; may hold {title} (the guide's title) or {year}. */
		title: z.string().min(5).max(120),
		/** One sentence on what it is for, shown in the library (optional). */
		summary: z.string().min(10).max(200).optional(),
		/** Who it is for. */
		audiences: z.array(audienceId()).min(1),
		/** Topic for the library's filter; a guide's material takes its guide's topic when this is left out. */
		topic: topicId().optional(),
		/** Position in the library (lower first). */
		order: z.number().int().default(100),
	})
	.strict()
	.superRefine((m, ctx) => {
		const design = MATERIAL_DESIGNS[m.kind];
		const source = fromName(m.from);
		if (!design.formats.includes(m.format))
			ctx.addIssue({
				code: 'custom',
				path: ['format'],
				message: `loại "${m.kind}" chỉ có định dạng ${design.formats.join(', ')}`,
			});
		if (!design.papers.includes(m.paper))
			ctx.addIssue({
				code: 'custom',
				path: ['paper'],
				message: `loại "${m.kind}" chỉ có khổ ${design.papers.join(', ')}`,
			});
		if (!design.from.includes(source))
			ctx.addIssue({
				code: 'custom',
				path: ['from'],
				message: `loại "${m.kind}" chỉ tạo được từ ${design.from.join(', ')}`,
			});
		if (!m.file.endsWith(`.${m.format}`))
			ctx.addIssue({ code: 'custom', path: ['file'], message: `tên tệp phải có đuôi .${m.format}` });
		const placeholder = placeholderOf(m.from);
		for (const p of ['{guide}', '{year}'] as const) {
			if ((p === placeholder) !== m.file.includes(p)) {
				ctx.addIssue({
					code: 'custom',
					path: ['file'],
					message:
						p === placeholder
							? `"from: ${source}" cần ${p} trong tên tệp`
							: `${p} không dùng được với "from: ${source}"`,
				});
			}
		}
		if (!m.topic && source !== 'guides' && source !== 'guide')
			ctx.addIssue({
				code: 'custom',
				path: ['topic'],
				message: 'cần "topic" (chỉ tài liệu của một hướng dẫn mới lấy chủ đề của hướng dẫn)',
			});
	});
export type MaterialEntry = z.infer<typeof MaterialSchema>;
