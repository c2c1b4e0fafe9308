// Collections: each reads a folder or file of the top-level content/ directory and checks it with the
// schema of src/schemas/. A wrong or missing field, or an id that names no entry, fails `astro build`
// with the file and the field.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentFolder } from './config/site.ts';
import { yamlList } from './build-checks/loaders.ts';
import {
	AudienceSchema,
	CampaignSchema,
	CampaignActionSchema,
	DocumentSchema,
	GuideSchema,
	HotlineSchema,
	LawSchema,
	MaterialSchema,
	ObservanceSchema,
	PageSchema,
	SituationSchema,
	SourceSchema,
	TopicSchema,
	SearchWordSchema,
	CrisisSchema,
} from './schemas/index.ts';

// CONTENT_DIR points the build at another content folder (tests of bad input, the scaling benchmark).
const root = contentFolder();
const mdx = (folder: string) => glob({ base: `${root}/${folder}`, pattern: '**/[^_]*.mdx' });
// Data files are re-read on every build and fail with file and line (no stale cached entries).
const data = (name: string) => yamlList(`${root}/${name}.yaml`);

export const collections = {
	guides: defineCollection({ loader: mdx('guides'), schema: GuideSchema }),
	laws: defineCollection({ loader: mdx('laws'), schema: LawSchema }),
	pages: defineCollection({ loader: mdx('pages'), schema: PageSchema }),
	situations: defineCollection({ loader: mdx('situations'), schema: SituationSchema }),
	documents: defineCollection({ loader: data('documents'), schema: DocumentSchema }),
	sources: defineCollection({ loader: data('sources'), schema: SourceSchema }),
	hotlines: defineCollection({ loader: data('hotlines'), schema: HotlineSchema }),
	campaigns: defineCollection({ loader: data('campaigns'), schema: CampaignSchema }),
	audiences: defineCollection({ loader: data('audiences'), schema: AudienceSchema }),
	topics: defineCollection({ loader: data('topics'), schema: TopicSchema }),
	campaignActions: defineCollection({ loader: data('campaign-actions'), schema: CampaignActionSchema }),
	observances: defineCollection({ loader: data('observances'), schema: ObservanceSchema }),
	materials: defineCollection({ loader: data('materials'), schema: MaterialSchema }),
	searchWords: defineCollection({ loader: data('search-words'), schema: SearchWordSchema }),
	searchCrisis: defineCollection({ loader: data('search-crisis'), schema: CrisisSchema }),
};
