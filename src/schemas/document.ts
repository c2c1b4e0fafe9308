import { z } from 'astro/zod';
import { partialDate, slug, sourceId } from './common.ts';

/** Kinds of documents in the registry; the label is the Vietnamese word used on the site. */
export const DOCUMENT_TYPES = [
	'Luật',
	'Bộ luật',
	'Nghị quyết',
	'Nghị định',
	'Quyết định',
	'Chỉ thị',
	'Thông tư',
	'Kế hoạch',
	'Công văn',
	'Hướng dẫn',
	'Công ước quốc tế',
	'Khuyến nghị',
] as const;

/** Level of the issuing body, used to group the registry. */
export const DOCUMENT_LEVELS = ['quoc-te', 'trung-uong', 'thanh-pho', 'phuong-xa'] as const;

/**
 * A legal or administrative document (content/documents.yaml): the five seed documents and every
 * document they cite. The id is descriptive and never derived from the symbol, which may be blank.
 */
export const DocumentSchema = z
	.object({
		/** Stable, descriptive id, e.g. "luat-tre-em"; never built from the symbol. */
		id: slug,
		/** Short name used in running text, e.g. "Luật Trẻ em" or "Công văn của Sở GD&ĐT về bảo vệ, chăm sóc trẻ em năm 2025". */
		title: z.string().min(3),
		type: z.enum(DOCUMENT_TYPES),
		level: z.enum(DOCUMENT_LEVELS),
		/** Full symbol exactly as written ("56/2017/NĐ-CP"); absent when no document gives one. */
		symbol: z.string().optional(),
		/** A symbol printed with its number left blank, exactly as the seed shows it ("Số: /SGDĐT-GDMN&GDTH"). */
		symbolAsWritten: z.string().optional(),
		/** Issuing body; absent when not stated. */
		issuer: z.string().optional(),
		/** Date issued or passed: YYYY, YYYY-MM or YYYY-MM-DD, blank parts left out; absent when unknown. */
		issued: partialDate.optional(),
		/** Date it takes effect, when a source gives it. */
		effective: partialDate.optional(),
		/** Subject line (trích yếu) quoted exactly. */
		subject: z.string().optional(),
		/** For one of the five source documents of Hải Phòng: its file name in the editors' archive. */
		seedFile: z
			.string()
			.regex(/^\d{3}_[0-9a-f]{16}\.txt$/)
			.optional(),
		/** Seed documents that mention this one (ids of this file). */
		mentionedIn: z.array(slug).default([]),
		/** Web sources that verify the symbol, dates or subject. */
		sources: z.array(sourceId()).default([]),
		/** A caution to show with the entry (e.g. a typo kept as written, a date not verified). */
		note: z.string().optional(),
	})
	.strict()
	.refine((d) => !(d.symbol && d.symbolAsWritten), {
		message: 'chỉ điền một trong "symbol" và "symbolAsWritten"',
		path: ['symbolAsWritten'],
	});
export type LegalDocument = z.infer<typeof DocumentSchema>;
