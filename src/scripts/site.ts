// The one script of every page, an external file (the CSP allows no inline script): the quick exit,
// the menu's Esc key, and the search boxes' hand-over to the search, which loads on first use.
// Everything else on the site works without JavaScript.
import './quick-exit.ts';
import './menu.ts';
import '../components/search/search-boot.ts';
