// Square image (1080 × 1080) to send on Zalo or Facebook: a green head with the title and the topic's
// pictogram; for a guide, the children's first steps; for the hotlines, both child-protection lines;
// and at the foot the national line with its name and, when SITE_URL is set, the page's address.
import { t } from '../../i18n/index.ts';
import { hexColour } from '../tokens.ts';
import { badgeSvg, el, renderPng, svgImage, type Node } from '../images.ts';
import { SQUARE } from '../layout.ts';
import { childrenPart } from '../texts.ts';
import type { Context, Design, PageLink, Planned } from '../types.ts';

/** Title size by length, so that a long title still fits three lines. */
const titleSize = (title: string) => (title.length > 42 ? 58 : title.length > 26 ? 66 : 76);

function body(planned: Planned, ctx: Context): { title: string; items: Node[]; link: PageLink } {
	const text = hexColour('text');
	const help = hexColour('help');
	if (planned.subject.type === 'guide') {
		const { guide } = planned.subject;
		const steps = childrenPart(guide).steps.slice(0, 3);
		const items = steps.map((s, i) =>
			el('div', { display: 'flex', marginBottom: 22 }, [
				el(
					'div',
					{
						display: 'flex',
						width: 56,
						height: 56,
						borderRadius: 28,
						background: help,
						color: '#fff',
						fontSize: 32,
						fontWeight: 700,
						alignItems: 'center',
						justifyContent: 'center',
						flexShrink: 0,
						marginRight: 22,
					},
					String(i + 1),
				),
				el(
					'div',
					{ display: 'flex', fontSize: s.text.length > 150 ? 29 : 33, lineHeight: 1.3, color: text, flex: 1 },
					s.text,
				),
			]),
		);
		return { title: guide.title, items, link: guide.link };
	}
	if (planned.subject.type !== 'hotlines') throw new Error('ảnh chia sẻ: cần một hướng dẫn hoặc from: hotlines');
	// The national line is at the foot; the body gives the other lines and the emergency numbers.
	const items = [
		...ctx.bar
			.slice(1)
			.map((h) =>
				el('div', { display: 'flex', flexDirection: 'column', marginBottom: 34 }, [
					el('div', { fontSize: 60, fontWeight: 700, color: help, lineHeight: 1 }, h.display),
					el('div', { fontSize: 30, color: text, lineHeight: 1.25, marginTop: 8 }, h.name),
				]),
			),
		el('div', { fontSize: 32, fontWeight: 700, color: text, marginBottom: 16 }, t('materials.poster.emergency')),
		el(
			'div',
			{ display: 'flex', justifyContent: 'space-between' },
			ctx.emergency.map((h) =>
				el(
					'div',
					{ display: 'flex', flexDirection: 'column', width: 225, border: `3px solid ${text}`, padding: '12px 16px' },
					[
						el('div', { fontSize: 56, fontWeight: 700, color: text, lineHeight: 1 }, h.display),
						el('div', { fontSize: 24, color: text, marginTop: 6 }, h.label),
					],
				),
			),
		),
	];
	return { title: t('materials.poster.hotlinesTitle'), items, link: planned.subject.link };
}

export const shareImage: Design = {
	async build(planned, ctx) {
		const { title, items, link } = body(planned, ctx);
		const first = ctx.bar[0]!;
		const help = hexColour('help');
		const layout = el(
			'div',
			{
				display: 'flex',
				flexDirection: 'column',
				width: SQUARE,
				height: SQUARE,
				background: '#fff',
				fontFamily: 'Be Vietnam Pro',
			},
			[
				el('div', { display: 'flex', background: help, color: '#fff', padding: '48px 56px', alignItems: 'center' }, [
					el('div', { display: 'flex', flexDirection: 'column', flex: 1, marginRight: 32 }, [
						el('div', { fontSize: 30, fontWeight: 700, marginBottom: 14 }, ctx.site.name),
						el('div', { fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.12 }, title),
					]),
					svgImage(badgeSvg(planned.icon, '#fff', help, 170), 170),
				]),
				el('div', { display: 'flex', flexDirection: 'column', flex: 1, padding: '44px 56px 20px' }, items),
				el(
					'div',
					{
						display: 'flex',
						alignItems: 'center',
						background: hexColour('help-tint'),
						borderTop: `6px solid ${help}`,
						padding: '26px 56px',
					},
					[
						el('div', { display: 'flex', flexDirection: 'column', flex: 1 }, [
							el(
								'div',
								{ fontSize: 64, fontWeight: 700, color: help, lineHeight: 1 },
								t('materials.image.call', { number: first.display }),
							),
							el('div', { fontSize: 26, color: hexColour('text'), marginTop: 10 }, first.name),
							...(ctx.reassurance[first.id]
								? [el('div', { fontSize: 24, fontWeight: 700, color: help, marginTop: 6 }, ctx.reassurance[first.id]!)]
								: []),
							...(link.address
								? [el('div', { fontSize: 24, color: hexColour('text-muted'), marginTop: 8 }, link.address)]
								: []),
						]),
					],
				),
			],
		);
		return { bytes: await renderPng(layout, SQUARE, SQUARE), pixels: { width: SQUARE, height: SQUARE } };
	},
};
