import { z } from 'astro/zod';
import { CHILDREN, articleFields, keyStep, requireSources } from './article.ts';
import { citation, hotlineId, textWithNumbers } from './common.ts';

/** The three readers a full guide speaks to, by audience id, in reading order. */
export const GUIDE_PARTS = [CHILDREN, 'cha-me', 'giao-vien'] as const;
export type GuidePartId = (typeof GUIDE_PARTS)[number];

/** A sentence of the guide with its source(s): a warning sign, a fact. */
const sourcedLine = () =>
	z
		.object({
			/** One sentence, in plain Vietnamese. */
			text: textWithNumbers(5, 240),
			cite: z.array(citation()).min(1),
		})
		.strict();

/** One reader's part of a guide: a few words of introduction and the steps to take. */
const part = () =>
	z
		.object({
			/** One or two short sentences that open the part (no facts without a step's source). */
			intro: textWithNumbers(0, 300).optional(),
			/** The key steps, in order. They are also what the guide's printed leaflet shows. */
			steps: z.array(keyStep()).min(1),
		})
		.strict();

/** A common belief set right ("Hiểu đúng – hiểu sai"). The myth is never indexed for search. */
const myth = () =>
	z
		.object({
			/** The wrong belief, as people say it (shown after "Sai:"). */
			myth: textWithNumbers(5, 200),
			/** What is right instead (shown after "Đúng:"). */
			truth: textWithNumbers(5, 300),
			cite: z.array(citation()).min(1),
		})
		.strict();

/**
 * A safety guide (content/guides/*.mdx → /ky-nang-an-toan/<slug>/). A full guide speaks to children,
 * parents and teachers (at least two sourced steps each), lists warning signs, myths set right and who
 * to call; the MDX body adds the explanations. A short page says what the seeds ask and where to ask.
 */
export const GuideSchema = requireSources(
	z
		.object({
			...articleFields,
			/** full: the three-part guide; short: a short page, exempt from the three-part rule. */
			kind: z.enum(['full', 'short']).default('full'),
			/** Parts by audience id ("hoc-sinh", "cha-me", "giao-vien"): the steps each reader takes. */
			parts: z
				.object({ 'hoc-sinh': part().optional(), 'cha-me': part().optional(), 'giao-vien': part().optional() })
				.strict()
				.default({}),
			/** Warning signs ("Dấu hiệu cần để ý"), each sourced. */
			signs: z.array(sourcedLine()).default([]),
			/** Common beliefs set right ("Hiểu đúng – hiểu sai"), each sourced. */
			myths: z.array(myth()).default([]),
			/** Who to call, by hotline id, most urgent first. */
			call: z.array(hotlineId()).default([]),
		})
		.strict()
		.superRefine((guide, ctx) => {
			if (guide.kind !== 'full') return;
			for (const id of GUIDE_PARTS) {
				const steps = guide.parts[id]?.steps.length ?? 0;
				if (steps < 2) {
					ctx.addIssue({
						code: 'custom',
						path: ['parts', id, 'steps'],
						message: `hướng dẫn đầy đủ cần phần "${id}" với ít nhất hai bước có nguồn (hiện có ${steps})`,
					});
				}
			}
			if (guide.call.length === 0) {
				ctx.addIssue({ code: 'custom', path: ['call'], message: 'hướng dẫn đầy đủ phải nói gọi ai' });
			}
		}),
);
export type Guide = z.infer<typeof GuideSchema>;
