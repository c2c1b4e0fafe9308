import { z } from 'astro/zod';
import { slug } from './common.ts';

/** A reader group (content/audiences.yaml): cha mẹ, học sinh, giáo viên, người dân. */
export const AudienceSchema = z
	.object({
		/** Stable id, also the hub's URL segment (e.g. "cha-me" → /danh-cho/cha-me/). */
		id: slug,
		/** Short label, e.g. "Cha mẹ". */
		label: z.string().min(2),
		/** Longer name used for the hub's heading, e.g. "Giáo viên và nhà trường". */
		name: z.string().min(2),
		/** Position in lists. */
		order: z.number().int(),
	})
	.strict();
export type Audience = z.infer<typeof AudienceSchema>;

/** A topic (content/topics.yaml), used for grouping, filters and search metadata. */
export const TopicSchema = z
	.object({
		/** Stable id, e.g. "duoi-nuoc". */
		id: slug,
		/** Label, e.g. "Đuối nước". */
		label: z.string().min(2),
		/** Position in lists. */
		order: z.number().int(),
	})
	.strict();
export type Topic = z.infer<typeof TopicSchema>;
