// Which link clicks stay in the visit's single history entry. With JavaScript, every link from one page
// of this site to another replaces the current history entry instead of adding one, so the whole visit
// takes one step of the Back list: after "Thoát nhanh" replaces that step with a neutral site, Back
// leads to whatever the reader had open before this site, never to a page of it. Pure, so the rules
// can be unit-tested; the click handler lives in quick-exit.ts.

export interface ClickLike {
	button: number;
	defaultPrevented: boolean;
	metaKey: boolean;
	ctrlKey: boolean;
	shiftKey: boolean;
	altKey: boolean;
}

export interface AnchorLike {
	href: string;
	target: string;
	hasAttribute(name: string): boolean;
}

/**
 * The address to open in place of the current entry, or undefined to leave the click to the browser:
 * only plain left clicks on same-origin http(s) links that open in this tab and are not downloads.
 */
export function replacementFor(click: ClickLike, anchor: AnchorLike, origin: string): string | undefined {
	if (click.defaultPrevented || click.button !== 0) return undefined;
	if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return undefined;
	if (anchor.hasAttribute('download')) return undefined;
	if (anchor.target && anchor.target !== '_self') return undefined;
	let url: URL;
	try {
		url = new URL(anchor.href);
	} catch {
		return undefined;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
	return url.origin === origin ? url.href : undefined;
}
