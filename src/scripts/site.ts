// The one script of every page, an external file (the CSP allows no inline script): the quick exit
// and the menu's Esc key. Everything else on the site works without JavaScript.
import './quick-exit.ts';
import './menu.ts';
