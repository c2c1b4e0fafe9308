import { z } from 'astro/zod';
import { articleFields, keyStep, requireSources } from './article.ts';

/**
 * A safety guide (content/guides/*.mdx → /ky-nang-an-toan/<slug>/). A full guide has a part for
 * children, one for parents and one for teachers; a short page says what the seeds ask and where to ask.
 */
export const GuideSchema = requireSources(
	z
		.object({
			...articleFields,
			/** full: the three-part guide; short: a short page, exempt from the three-part rule. */
			kind: z.enum(['full', 'short']).default('full'),
			/** Key steps per audience id, printed on the guide's leaflet and shown as its summary. */
			keySteps: z.record(z.string(), z.array(keyStep()).min(1)).default({}),
		})
		.strict(),
);
export type Guide = z.infer<typeof GuideSchema>;
