// Poster of one year's "Tháng hành động vì trẻ em", always named with its year: its dates, its theme
// and slogans only when content/campaigns.yaml has them with a source (labelled "Chủ đề năm <year>",
// never "năm nay"; a year without one says where to call instead), the site's safety guides with
// their pictograms when there is room, and the hotline box with a QR code to that year's page.
import type { PDFPage } from 'pdf-lib';
import { t } from '../../i18n/index.ts';
import { HOTLINE_BOX, PAPER, marginOf } from '../layout.ts';
import { measure, newDocument, paragraph, pictogram, save, type Fonts, type TextStyle } from '../pdf.ts';
import { hotlineBox } from '../hotline-box.ts';
import { pdfColour } from '../tokens.ts';
import { posterBand } from './poster-band.ts';
import type { CampaignInfo, Context, Design } from '../types.ts';

type Block = { height: number; draw: (page: PDFPage, top: number) => void };

/** The blocks under the band, in order; each knows its height before it is drawn. */
function blocks(c: CampaignInfo, ctx: Context, fonts: Fonts, x: number, width: number, k: number): Block[] {
	const text = (s: string, style: TextStyle): Block => ({
		height: measure(s, style, width),
		draw: (page, top) => paragraph(page, s, { x, top, width }, style),
	});
	const muted = { font: fonts.regular, size: 9 * k, colour: pdfColour('text-muted') };
	const label = { font: fonts.bold, size: 17 * k, colour: pdfColour('help') };
	const out: Block[] = [
		text(t('materials.poster.dates', { start: c.start, end: c.end }), { font: fonts.bold, size: 18 * k }),
	];
	if (c.theme) {
		out.push(text(t('materials.poster.themeOfYear', { year: c.year }), label));
		out.push(text(`“${c.theme.value}”`, { font: fonts.bold, size: 26 * k, leading: 1.15 }));
		out.push(text(t('materials.poster.sources', { sources: c.theme.cite.join('; ') }), muted));
	}
	if (!c.theme) {
		// No sourced theme this year: the poster says where to call instead, in large type.
		const first = ctx.bar[0]!;
		out.push(text(t('materials.banner.callLine'), label));
		out.push(text(first.display, { font: fonts.bold, size: 72 * k, colour: pdfColour('help'), leading: 1 }));
		out.push(text(first.name, { font: fonts.bold, size: 17 * k }));
	}
	if (c.messages) {
		out.push(text(t('materials.poster.messages', { year: c.year }), label));
		const item = { font: fonts.regular, size: 12.5 * k };
		const bullets = c.messages.values.map((m) => `• ${m}`);
		out.push({
			height: bullets.reduce((h, b) => h + measure(b, item, width) + 4 * k, 0),
			draw: (page, top) => {
				for (const b of bullets) top = paragraph(page, b, { x, top, width }, item) - 4 * k;
			},
		});
		out.push(text(t('materials.poster.sources', { sources: c.messages.cite.join('; ') }), muted));
	}
	out.push(text(t('materials.poster.learn'), label));
	const row = 42 * k;
	const colWidth = (width - 12 * k) / 2;
	const style = { font: fonts.bold, size: 17 * k, leading: 1.1 };
	const rows = Math.ceil(ctx.guides.length / 2);
	out.push({
		height: rows * (row + 12 * k),
		draw: (page, top) => {
			for (const [i, g] of ctx.guides.entries()) {
				const gx = x + (i % 2) * (colWidth + 12 * k);
				const gy = top - Math.floor(i / 2) * (row + 12 * k);
				pictogram(page, g.icon, { x: gx, y: gy - row, width: row, height: row }, pdfColour('help'));
				const h = measure(g.title, style, colWidth - row - 8 * k);
				paragraph(
					page,
					g.title,
					{ x: gx + row + 8 * k, top: gy - (row - h) / 2, width: colWidth - row - 8 * k },
					style,
				);
			}
		},
	});
	return out;
}

export const campaignPoster: Design = {
	async build(planned, ctx) {
		if (planned.subject.type !== 'campaign' || (planned.paper !== 'A4' && planned.paper !== 'A3'))
			throw new Error('áp phích chiến dịch: cần một năm chiến dịch, khổ A4 hoặc A3');
		const c = planned.subject.campaign;
		const paper = planned.paper;
		const title = t('campaign.yearTitle', { year: c.year });
		const { doc, fonts } = await newDocument({
			title,
			subject: c.theme ? `${t('materials.poster.themeOfYear', { year: c.year })}: ${c.theme.value}` : title,
			author: ctx.site.publisher,
			date: ctx.site.buildDate,
			keywords: [title, String(c.year), ...ctx.bar.map((h) => h.display)],
			producer: t('materials.print.producer'),
		});
		const [W, H] = PAPER[paper];
		const k = W / PAPER.A4[0];
		const m = marginOf(paper);
		const page = doc.addPage([W, H]);
		const bandBottom = posterBand(page, fonts, { paper, site: ctx.site.name, title, icon: planned.icon });
		// On a poster the hotline box is a little larger than on a leaflet, to read from further away.
		const boxScale = 1.2 * k;
		const boxHeight = HOTLINE_BOX * boxScale;
		const all = blocks(c, ctx, fonts, m, W - 2 * m, k);
		const room = bandBottom - m - boxHeight - 24 * k;
		// The guides' grid (the last two blocks) goes only when everything fits; the rest shares the space.
		const shown = all.reduce((s, b) => s + b.height + 8 * k, 0) <= room ? all : all.slice(0, -2);
		const used = shown.reduce((s, b) => s + b.height, 0);
		const gap = Math.max(8 * k, (room - used) / (shown.length + 1));
		let top = bandBottom - gap;
		for (const block of shown) {
			block.draw(page, top);
			top -= block.height + gap;
		}
		hotlineBox(
			page,
			fonts,
			{ x: m, y: m, width: W - 2 * m, height: boxHeight },
			{ lines: ctx.bar, link: c.link, scale: boxScale, reassurance: ctx.reassurance },
		);
		return save(doc);
	},
};
