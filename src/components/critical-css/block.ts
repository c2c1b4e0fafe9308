// The critical block as the site builds it: critical.css compiled by Tailwind through Vite (`?inline`
// gives the finished CSS text, not a file) and its CSP hash, for BaseLayout's <meta> policy and
// CriticalStyle.astro. Build-time only: nothing here reaches the browser but the CSS text itself.
import css from './critical.css?inline';
import { cspHash, trimCritical } from './critical-css.ts';

export const CRITICAL_CSS: string = trimCritical(css);
export const CRITICAL_HASH: string = cspHash(CRITICAL_CSS);
