// Barrel: every collection schema, for content.config.ts, tests and scripts.
export { SourceSchema } from './source.ts';
export { DocumentSchema, DOCUMENT_TYPES, DOCUMENT_LEVELS } from './document.ts';
export { HotlineSchema } from './hotline.ts';
export { AudienceSchema, TopicSchema } from './taxonomy.ts';
export { ArticleSchema } from './article.ts';
export { GuideSchema } from './guide.ts';
export { LawSchema, PageSchema } from './law.ts';
export { SituationSchema } from './situation.ts';
export { CampaignSchema, CampaignActionSchema } from './campaign.ts';
export * from './observance.ts';
export { MaterialSchema } from './material.ts';
export { SearchWordSchema, CrisisSchema } from './search.ts';
