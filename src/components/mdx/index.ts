// Components MDX authors may use: import { Call, Doc, LawQuote, OfflineCopy, Publisher } from '~/components/mdx'. These
// are the only components an MDX page may use (src/build-checks/mdx.ts reads this list).
// `Link` replaces every <a> of MDX automatically (see layouts/ArticleLayout.astro).
export { default as Call } from './Call.astro';
export { default as Doc } from './Doc.astro';
export { default as LawQuote } from './LawQuote.astro';
export { default as Link } from './Link.astro';
export { default as OfflineCopy } from './OfflineCopy.astro';
export { default as Publisher } from './Publisher.astro';
