import { z } from 'astro/zod';
import { citation, slug } from './common.ts';
import { iconName } from './icon.ts';

/** A short sourced note on a hub, e.g. a school model the seeds ask schools to build. */
const hubNote = () =>
	z
		.object({
			title: z.string().min(3).max(80),
			/** One or two sentences in the hub's own words. */
			text: z.string().min(20).max(400),
			cite: z.array(citation()).min(1),
		})
		.strict();

/** A reader group (content/audiences.yaml): cha mẹ, học sinh, giáo viên, người dân. */
export const AudienceSchema = z
	.object({
		/** Stable id, also the hub's URL segment (e.g. "cha-me" → /danh-cho/cha-me/). */
		id: slug,
		/** Short label, e.g. "Cha mẹ". */
		label: z.string().min(2),
		/** Longer name used for the hub's heading, e.g. "Giáo viên và nhà trường". */
		name: z.string().min(2),
		/** The hub's opening words, written for this reader (the children's hub for a ten-year-old). */
		intro: z.string().min(20).max(400),
		/** Sourced notes shown on the hub (the school hub: the school models of the seeds). */
		notes: z.array(hubNote()).default([]),
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
		/** Pictogram printed on this topic's materials: a Tabler outline icon name, e.g. "swimming". */
		icon: iconName().optional(),
		/** Position in lists. */
		order: z.number().int(),
	})
	.strict();
export type Topic = z.infer<typeof TopicSchema>;
