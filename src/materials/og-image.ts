// The link-preview image (og:image, 1200 × 630) of a page: the site's name, the page's title and the
// national child-protection line, so a link shared on Zalo or Facebook shows where help is even when
// nobody opens it. Drawn like the share images (satori + resvg, Be Vietnam Pro).
import { t } from '../i18n/index.ts';
import { hexColour } from './tokens.ts';
import { badgeSvg, el, renderPng, svgImage } from './images.ts';
import { OG_SIZE } from './layout.ts';

/** Title size by length: a long title still fits three lines. */
const titleSize = (title: string) => (title.length > 70 ? 50 : title.length > 40 ? 60 : 72);

export interface OgInput {
	title: string;
	site: string;
	/** The line to call: its number as displayed and its name. */
	line: { display: string; name: string };
	/** The pictogram of the line (a Tabler icon name). */
	icon: string;
}

export async function ogImage(input: OgInput): Promise<Uint8Array> {
	const help = hexColour('help');
	const layout = el(
		'div',
		{ display: 'flex', width: OG_SIZE.width, height: OG_SIZE.height, background: '#fff', fontFamily: 'Be Vietnam Pro' },
		[
			el('div', { display: 'flex', width: 28, background: help }),
			el('div', { display: 'flex', flexDirection: 'column', flex: 1, padding: '56px 64px 48px' }, [
				el('div', { fontSize: 30, fontWeight: 700, color: help }, input.site),
				el('div', { display: 'flex', flex: 1, alignItems: 'center' }, [
					el(
						'div',
						{ fontSize: titleSize(input.title), fontWeight: 700, color: hexColour('text'), lineHeight: 1.15 },
						input.title,
					),
				]),
				el(
					'div',
					{
						display: 'flex',
						alignItems: 'center',
						background: hexColour('help-tint'),
						borderRadius: 20,
						padding: '18px 28px',
					},
					[
						svgImage(badgeSvg(input.icon, help, '#ffffff', 96), 96),
						el('div', { display: 'flex', flexDirection: 'column', marginLeft: 26 }, [
							el(
								'div',
								{ fontSize: 56, fontWeight: 700, color: help, lineHeight: 1 },
								t('materials.image.call', { number: input.line.display }),
							),
							el('div', { fontSize: 26, color: hexColour('text'), marginTop: 8 }, input.line.name),
						]),
					],
				),
			]),
		],
	);
	return renderPng(layout, OG_SIZE.width, OG_SIZE.height);
}
