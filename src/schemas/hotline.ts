import { z } from 'astro/zod';
import { citation, slug, sourcedFact } from './common.ts';

/**
 * A phone line (content/hotlines.yaml): THE ONLY place a phone number is written. Components read
 * it through lib/hotlines.ts. Operator, hours and cost stay empty until a source exists
 * (no source names who runs 111 today; none gives the hours or cost of 18006605).
 */
export const HotlineSchema = z
	.object({
		/** Stable id, e.g. "tong-dai-111". */
		id: slug,
		/** Digits only: what goes into tel:. */
		number: z.string().regex(/^\d{3,11}$/, { message: 'chỉ gồm 3–11 chữ số, không dấu cách' }),
		/** How the number is printed, e.g. "1800 6605"; digits must equal `number`. */
		display: z.string(),
		/** The line's name as the source documents give it. */
		name: z.string().min(3),
		/** Where the name comes from. */
		nameCite: z.array(citation()).min(1),
		/** A short label for the hotline bar (a few words, starts a sentence). */
		label: z.string().min(3).max(40),
		/** What the line is for, in plain Vietnamese. */
		purpose: z.string().min(10),
		/** Where the purpose comes from. */
		purposeCite: z.array(citation()).min(1),
		/** child-protection: the two lines shown on every page; emergency: 113/114/115. */
		kind: z.enum(['child-protection', 'emergency']),
		/** Who runs the line; empty until a source names it. */
		operator: sourcedFact().optional(),
		/** Opening hours; empty until a source gives them. */
		hours: sourcedFact().optional(),
		/** What a call costs; empty until a source gives it. */
		cost: sourcedFact().optional(),
		/** When to call it, in a few words a frightened reader acts on ("Đang gặp nguy hiểm", "Bị thương");
		 *  lines with one are shown on the home page's first screen, after the national line. */
		when: z.string().min(3).max(40).optional(),
		/** Position in lists (lower first). */
		order: z.number().int(),
	})
	.strict()
	.refine((h) => h.display.replace(/\D/g, '') === h.number, {
		message: 'các chữ số của "display" phải trùng với "number"',
		path: ['display'],
	});
export type Hotline = z.infer<typeof HotlineSchema>;
