import { z } from 'astro/zod';
import { articleFields, keyStep, requireSources } from './article.ts';
import { hotlineId } from './common.ts';

/** The child-protection line every situation page offers first, in its call block. */
export const FIRST_LINE = 'tong-dai-111';
/** The line shown right after it when a situation is marked `danger`. */
export const DANGER_LINE = 'cong-an-113';

/**
 * "Em đang gặp chuyện gì?": one situation a child may be in, told in the child's own words
 * (content/situations/<slug>.mdx → /giup-em/<slug>/). The page opens with its title (the child's
 * words) and a big call block (111, then 113 when `danger`), then what to do now, whom to tell and
 * "không phải lỗi của em". Every sentence comes from frontmatter with its source; the MDX body stays
 * empty. The texts speak to the child as "em", in words a ten-year-old knows.
 */
export const SituationSchema = requireSources(
	z
		.object({
			...articleFields,
			/** "Làm ngay": what the child can do right now, most urgent first; each step one or two short
			 *  sentences with its source(s). */
			now: z.array(keyStep()).min(1).max(4),
			/** "Kể với ai": a safe adult to tell, what to do if the first one does not believe the child,
			 *  and whom to tell when the person hurting the child lives at home; each with its source(s). */
			tell: z.array(keyStep()).min(1).max(4),
			/** "Không phải lỗi của em": one or two sentences telling the child it is not their fault,
			 *  with the source that says so. */
			notYourFault: keyStep(),
			/** The child may be in danger right now: the call block shows 113 right after 111. Default false. */
			danger: z.boolean().default(false),
			/** Other lines the call block shows after 111 (and after 113 when `danger`), by hotline id,
			 *  e.g. 115 when the child may be hurt. 111 is always first and never listed here. Default none. */
			call: z.array(hotlineId()).default([]),
		})
		.strict()
		.superRefine((s, ctx) => {
			if (s.audiences.length !== 1 || s.audiences[0] !== 'hoc-sinh') {
				ctx.addIssue({
					code: 'custom',
					path: ['audiences'],
					message: 'trang tình huống viết cho các em: audiences phải là [hoc-sinh]',
				});
			}
			s.call.forEach((id, i) => {
				if (id === FIRST_LINE || (s.danger && id === DANGER_LINE) || s.call.indexOf(id) !== i) {
					ctx.addIssue({
						code: 'custom',
						path: ['call', i],
						message: `"${id}" đã có trong khung gọi (111 luôn đứng đầu; 113 khi danger: true)`,
					});
				}
			});
			// Every source a step cites is listed on the page, so the "Nguồn" block at the end is complete.
			const steps = [
				...s.now.map((x, i) => ['now', i, x] as const),
				...s.tell.map((x, i) => ['tell', i, x] as const),
				['notYourFault', undefined, s.notYourFault] as const,
			];
			for (const [field, i, step] of steps) {
				for (const c of step.cite) {
					const missing = c.document
						? !s.documents.includes(c.document) && `documents: ${c.document}`
						: c.source && !s.sources.includes(c.source) && `sources: ${c.source}`;
					if (missing) {
						ctx.addIssue({
							code: 'custom',
							path: i === undefined ? [field, 'cite'] : [field, i, 'cite'],
							message: `nguồn được dẫn phải có trong danh sách của trang (${missing})`,
						});
					}
				}
			}
		}),
);
export type Situation = z.infer<typeof SituationSchema>;
