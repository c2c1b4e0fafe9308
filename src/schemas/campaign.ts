import { z } from 'astro/zod';
import { audienceId, citation, sourcedFact } from './common.ts';

/**
 * One year of "Tháng hành động vì trẻ em" (content/campaigns.yaml → /thang-hanh-dong/<year>/).
 * The theme is quoted exactly and needs a source; a year without one shows "chưa có nguồn kiểm chứng".
 */
export const CampaignSchema = z
	.object({
		/** The year as a string ("2025"); also the URL segment. */
		id: z.string().regex(/^\d{4}$/),
		year: z.number().int().min(2000).max(2100),
		/** First and last day, YYYY-MM-DD. */
		start: z.coerce.date(),
		end: z.coerce.date(),
		/** Where the dates come from. */
		datesCite: z.array(citation()).min(1),
		/** The year's theme, quoted exactly, with its source; absent when no source was found. */
		theme: sourcedFact().optional(),
		/** Key messages (slogans) of the year, quoted exactly, with their source. */
		messages: z
			.object({
				values: z.array(z.string().min(5)).min(1),
				cite: z.array(citation()).min(1),
				note: z.string().optional(),
			})
			.strict()
			.optional(),
	})
	.strict()
	.refine((c) => c.id === String(c.year), { message: '"id" phải bằng "year"', path: ['id'] })
	.refine((c) => c.start.getUTCFullYear() === c.year && c.end >= c.start, {
		message: 'ngày bắt đầu, kết thúc phải thuộc năm của chiến dịch',
		path: ['end'],
	});
export type Campaign = z.infer<typeof CampaignSchema>;

/** Something schools, families or wards can do on campaign dates (content/campaign-actions.yaml). */
export const CampaignActionSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9-]+$/),
		audience: audienceId(),
		text: z.string().min(20).max(300),
		cite: z.array(citation()).min(1),
	})
	.strict();
export type CampaignAction = z.infer<typeof CampaignActionSchema>;
