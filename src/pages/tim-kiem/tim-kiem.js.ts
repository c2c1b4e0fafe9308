// The search itself (components/search/search-ui.ts and the modules it uses) as one file that the
// site's script imports on the first keystroke or submit in a search box (search-boot.ts). Built
// apart because Vite's dynamic import would add a 1.3 KB preload helper to every page's script.
import { bundledScript } from '../../lib/bundled-script.ts';

export const GET = bundledScript('src/components/search/search-ui.ts');
