// Components MDX authors may use: import { Call, Doc, LawQuote } from '~/components/mdx';
// `Link` replaces every <a> of MDX automatically (see layouts/ArticleLayout.astro).
export { default as Call } from './Call.astro';
export { default as Doc } from './Doc.astro';
export { default as LawQuote } from './LawQuote.astro';
export { default as Link } from './Link.astro';
