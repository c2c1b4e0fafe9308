import { z } from 'astro/zod';
import { citation, slug } from './common.ts';

const dayMonth = z.object({ day: z.number().int().min(1).max(31), month: z.number().int().min(1).max(12) }).strict();

/**
 * A yearly date the calendar lists (content/observances.yaml): a fixed Gregorian day ("solar"), a day
 * of the Vietnamese lunar calendar ("lunar", converted per year in UTC+7), or the campaign month of
 * content/campaigns.yaml ("campaign"). Each names where the site learned it.
 */
export const ObservanceSchema = z
	.object({
		id: slug,
		name: z.string().min(3),
		/** One short sentence on why it matters for children. */
		about: z.string().min(10).max(200),
		solar: dayMonth.optional(),
		lunar: dayMonth.optional(),
		campaign: z.literal(true).optional(),
		cite: z.array(citation()).min(1),
	})
	.strict()
	.refine((o) => [o.solar, o.lunar, o.campaign].filter(Boolean).length === 1, {
		message: 'mỗi ngày cần đúng một trong "solar", "lunar" hoặc "campaign"',
		path: ['solar'],
	});
export type Observance = z.infer<typeof ObservanceSchema>;
