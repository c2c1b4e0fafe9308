import { z } from 'astro/zod';
import { ArticleSchema } from './article.ts';

/** A page on child-rights law and policy (content/laws/*.mdx → /phap-luat/<slug>/). */
export const LawSchema = ArticleSchema;
export type Law = z.infer<typeof LawSchema>;

/** Any other written page (content/pages/*.mdx → /<slug>/): về trang này, báo tin, gọi ai… */
export const PageSchema = ArticleSchema;
