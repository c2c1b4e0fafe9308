// A short slide deck of a full guide for class (pptxgenjs, 16:9): a title slide with the pictogram, the
// children's steps, one slide per myth set right, the lines to call (with a QR code to the guide when
// SITE_URL is set), and the sources. Text only from the guide's data; the slide titles are UI strings.
import PptxGenJS from 'pptxgenjs';
import { t } from '../i18n/index.ts';
import { CHILDREN } from '../schemas/article.ts';
import { hexColour } from './tokens.ts';
import { badgeSvg, qrSvg, svgToPng } from './images.ts';
import type { Design } from './types.ts';

/** Arial: on every school computer, with Vietnamese. */
const FONT = 'Arial';
const png = (svg: string, width: number) => `image/png;base64,${Buffer.from(svgToPng(svg, width)).toString('base64')}`;
/** Text size that keeps `text` inside a box of about `area` square inches. */
const sizeFor = (text: string, area: number, max: number) => Math.max(16, Math.min(max, Math.floor(Math.sqrt((area * 5184) / (text.length * 0.55 * 1.3)))));

export const slides: Design = {
	async build(planned, ctx) {
		if (planned.subject.type !== 'guide') throw new Error('bài trình chiếu chỉ tạo được từ một hướng dẫn');
		const { guide } = planned.subject;
		const help = hexColour('help', true);
		const text = hexColour('text', true);
		const pres = new PptxGenJS();
		pres.layout = 'LAYOUT_16x9';
		pres.title = guide.title;
		pres.subject = guide.description;
		pres.author = ctx.site.publisher;
		pres.company = ctx.site.name;
		let count = 0;
		const add = () => {
			count++;
			return pres.addSlide();
		};
		const heading = (slide: PptxGenJS.Slide, title: string) => {
			slide.addShape(pres.ShapeType.rect, { x: 0, y: 0, w: 10, h: 0.9, fill: { color: help } });
			slide.addText(title, { x: 0.5, y: 0.1, w: 9, h: 0.7, fontFace: FONT, fontSize: 28, bold: true, color: 'FFFFFF' });
		};

		const cover = add();
		cover.background = { color: help };
		cover.addText(ctx.site.name, { x: 0.6, y: 0.4, w: 6.5, h: 0.5, fontFace: FONT, fontSize: 18, bold: true, color: 'FFFFFF' });
		cover.addText(guide.title, { x: 0.6, y: 1.1, w: 6.4, h: 2, fontFace: FONT, fontSize: 40, bold: true, color: 'FFFFFF', valign: 'top' });
		cover.addText(guide.forChildren ?? guide.description, { x: 0.6, y: 3.3, w: 6.4, h: 1.6, fontFace: FONT, fontSize: 20, color: 'FFFFFF', valign: 'top' });
		cover.addImage({ data: png(badgeSvg(planned.icon, '#ffffff', `#${help}`, 240), 480), x: 7.3, y: 1.2, w: 2.3, h: 2.3 });

		const steps = (guide.parts.find((p) => p.id === CHILDREN) ?? guide.parts[0]!).steps;
		for (let i = 0; i < steps.length; i += 4) {
			const slide = add();
			heading(slide, t('materials.slides.remember'));
			const chunk = steps.slice(i, i + 4);
			const size = sizeFor(chunk.map((s) => s.text).join(' '), 9 * 4.3, 24);
			slide.addText(
				chunk.map((s) => ({ text: s.text, options: { bullet: { type: 'number' as const, numberStartAt: i + 1 }, paraSpaceAfter: 10 } })),
				{ x: 0.5, y: 1.1, w: 9, h: 4.3, fontFace: FONT, fontSize: size, color: text, valign: 'top' },
			);
		}
		for (const m of guide.myths) {
			const slide = add();
			heading(slide, t('materials.slides.myths'));
			const size = sizeFor(`${m.myth} ${m.truth}`, 9 * 4.2, 24);
			slide.addText(
				[
					{ text: `${t('guide.myth.wrong')} `, options: { bold: true, color: hexColour('danger-dark', true) } },
					{ text: m.myth, options: { breakLine: true } },
					{ text: ' ', options: { breakLine: true } },
					{ text: `${t('guide.myth.right')} `, options: { bold: true, color: help } },
					{ text: m.truth },
				],
				{ x: 0.5, y: 1.1, w: 9, h: 4.2, fontFace: FONT, fontSize: size, color: text, valign: 'top' },
			);
		}

		const call = add();
		heading(call, t('materials.slides.call'));
		const lines = [...guide.call, ...ctx.bar].filter((h, i, all) => all.findIndex((x) => x.id === h.id) === i);
		const width = guide.link.url ? 6.6 : 9;
		const rowHeight = Math.min(1.4, 4.3 / lines.length);
		for (const [i, h] of lines.entries()) {
			const y = 1.1 + i * rowHeight;
			call.addText(h.display, { x: 0.5, y, w: 2.6, h: rowHeight, fontFace: FONT, fontSize: Math.min(48, rowHeight * 36), bold: true, color: help, valign: 'middle' });
			call.addText(h.name, { x: 3.1, y, w: width - 2.6, h: rowHeight, fontFace: FONT, fontSize: 16, color: text, valign: 'middle' });
		}
		if (guide.link.url) call.addImage({ data: png(qrSvg(guide.link.url, 300), 600), x: 7.4, y: 1.4, w: 2.2, h: 2.2 });
		if (guide.link.address) call.addText(guide.link.address, { x: 6.6, y: 3.7, w: 3.2, h: 0.8, fontFace: FONT, fontSize: 11, color: text, align: 'center', valign: 'top' });

		const sources = add();
		heading(sources, t('materials.slides.sources'));
		sources.addText(
			guide.sources.map((s) => ({ text: s.label, options: { bullet: true, breakLine: true } })),
			{ x: 0.5, y: 1.1, w: 9, h: 4.3, fontFace: FONT, fontSize: guide.sources.length > 10 ? 10 : 12, color: text, valign: 'top' },
		);
		// stream(): write() with an outputType stores the zip uncompressed whatever `compression` says.
		const bytes = new Uint8Array((await pres.stream({ compression: true })) as Buffer);
		return { bytes, pages: count };
	},
};
