// Banner (băng rôn, 5:1) for this year's "Tháng hành động vì trẻ em": the pictogram at the left, the
// year's name in capitals, the sourced theme when the year has one (otherwise "Khi trẻ em cần giúp
// đỡ, hãy gọi"), and the national line's number in a white panel at the right. Vector only, so a print
// shop can enlarge it to 5 × 1 m without loss. No QR code: nobody scans a banner over a gate.
import { t } from '../../i18n/index.ts';
import { PAPER, marginOf, pictogramBox } from '../layout.ts';
import { badge, fitSize, measure, newDocument, paragraph, save } from '../pdf.ts';
import { WHITE, pdfColour } from '../tokens.ts';
import type { Design } from '../types.ts';

export const banner: Design = {
	async build(planned, ctx) {
		if (planned.subject.type !== 'campaign' || planned.paper !== 'banner-5x1')
			throw new Error('băng rôn: cần một năm chiến dịch, khổ banner-5x1');
		const c = planned.subject.campaign;
		const title = t('campaign.yearTitle', { year: c.year });
		const { doc, fonts } = await newDocument({
			title,
			subject: c.theme?.value ?? title,
			author: ctx.site.publisher,
			date: ctx.site.buildDate,
			keywords: [title, ...ctx.bar.map((h) => h.display)],
			producer: t('materials.print.producer'),
		});
		const [W, H] = PAPER['banner-5x1'];
		const m = marginOf('banner-5x1');
		const page = doc.addPage([W, H]);
		page.drawRectangle({ x: 0, y: 0, width: W, height: H, color: pdfColour('help') });
		page.drawRectangle({ x: m / 2, y: m / 2, width: W - m, height: H - m, borderColor: WHITE, borderWidth: 4 });
		const icon = pictogramBox('banner', 'banner-5x1')!;
		badge(page, planned.icon, icon, WHITE, pdfColour('help'));

		const first = ctx.bar[0]!;
		const panel = { width: H * 1.25, height: H - 3 * m };
		const panelX = W - 1.5 * m - panel.width;
		page.drawRectangle({ x: panelX, y: 1.5 * m, ...panel, color: WHITE });
		const numberSize = fitSize(
			first.display,
			fonts.bold,
			{ width: panel.width - 2 * m, height: panel.height * 0.62 },
			panel.height * 0.62,
			40,
			1,
		);
		const numberTop = 1.5 * m + panel.height - (panel.height * 0.62 - numberSize) / 2 - m * 0.6;
		paragraph(
			page,
			first.display,
			{
				x: panelX + (panel.width - fonts.bold.widthOfTextAtSize(first.display, numberSize)) / 2,
				top: numberTop,
				width: panel.width,
			},
			{ font: fonts.bold, size: numberSize, colour: pdfColour('help'), leading: 1 },
		);
		const labelSize = fitSize(
			first.label,
			fonts.bold,
			{ width: panel.width - 2 * m, height: panel.height * 0.2 },
			H * 0.09,
			12,
			1.1,
		);
		const lw = fonts.bold.widthOfTextAtSize(first.label, labelSize);
		paragraph(
			page,
			first.label,
			{
				x: panelX + Math.max(m, (panel.width - lw) / 2),
				top: 1.5 * m + panel.height * 0.28,
				width: panel.width - 2 * m,
			},
			{ font: fonts.bold, size: labelSize, leading: 1.1 },
		);

		const x = icon.x + icon.width + H * 0.12;
		const width = panelX - x - H * 0.12;
		const heading = title.toLocaleUpperCase('vi');
		const line2 = c.theme ? `“${c.theme.value}”` : t('materials.banner.callLine');
		const headingSize = fitSize(heading, fonts.bold, { width, height: H * 0.42 }, H * 0.19, 20, 1.1);
		const line2Size = fitSize(line2, fonts.bold, { width, height: H * 0.3 }, H * 0.12, 16, 1.15);
		const total =
			measure(heading, { font: fonts.bold, size: headingSize, leading: 1.1 }, width) +
			H * 0.05 +
			measure(line2, { font: fonts.bold, size: line2Size, leading: 1.15 }, width);
		const top = paragraph(
			page,
			heading,
			{ x, top: (H + total) / 2, width },
			{ font: fonts.bold, size: headingSize, colour: WHITE, leading: 1.1 },
		);
		paragraph(
			page,
			line2,
			{ x, top: top - H * 0.05, width },
			{ font: fonts.bold, size: line2Size, colour: pdfColour('warning-tint'), leading: 1.15 },
		);
		return save(doc);
	},
};
