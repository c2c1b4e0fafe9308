// A short slide deck of a full guide for class (pptxgenjs, 16:9): a title slide with the pictogram, the
// children's steps, one slide per myth set right, the lines to call (with a QR code to the guide when
// SITE_URL is set), and the sources. Text only from the guide's data; the slide titles are UI strings.
import PptxGenJS from 'pptxgenjs';
import { t } from '../../i18n/index.ts';
import { hexColour } from '../tokens.ts';
import { badgeSvg, qrSvg, svgToPng } from '../images.ts';
import { callLines, childrenPart } from '../texts.ts';
import type { Design } from '../types.ts';

type Box = [x: number, y: number, w: number, h: number];
type TextValue = Parameters<PptxGenJS.Slide['addText']>[0];
type TextOptions = PptxGenJS.TextPropsOptions;

/** Arial: on every school computer, with Vietnamese. */
const FONT = 'Arial';
const WHITE = 'FFFFFF';
const png = (svg: string, width: number) => `image/png;base64,${Buffer.from(svgToPng(svg, width)).toString('base64')}`;
/** Text size that keeps `text` inside a box of about `area` square inches. */
const sizeFor = (text: string, area: number, max: number) =>
	Math.max(16, Math.min(max, Math.floor(Math.sqrt((area * 5184) / (text.length * 0.55 * 1.3)))));

export const slides: Design = {
	async build(planned, ctx) {
		if (planned.subject.type !== 'guide') throw new Error('bài trình chiếu chỉ tạo được từ một hướng dẫn');
		const { guide } = planned.subject;
		const help = hexColour('help', true);
		const ink = hexColour('text', true);
		const pres = new PptxGenJS();
		pres.layout = 'LAYOUT_16x9';
		pres.title = guide.title;
		pres.subject = guide.description;
		pres.author = ctx.site.publisher;
		pres.company = ctx.site.name;
		let count = 0;
		/** A slide, with a green title bar when it has a title. */
		const slide = (title?: string) => {
			count++;
			const s = pres.addSlide();
			if (title) {
				s.addShape(pres.ShapeType.rect, { x: 0, y: 0, w: 10, h: 0.9, fill: { color: help } });
				write(s, title, [0.5, 0.1, 9, 0.7], { fontSize: 28, bold: true, color: WHITE });
			}
			return s;
		};
		const write = (s: PptxGenJS.Slide, value: TextValue, [x, y, w, h]: Box, opts: TextOptions) =>
			s.addText(value, { x, y, w, h, fontFace: FONT, color: ink, valign: 'top', ...opts });

		const cover = slide();
		cover.background = { color: help };
		write(cover, ctx.site.name, [0.6, 0.4, 6.5, 0.5], { fontSize: 18, bold: true, color: WHITE });
		write(cover, guide.title, [0.6, 1.1, 6.4, 2], { fontSize: 40, bold: true, color: WHITE });
		write(cover, guide.forChildren ?? guide.description, [0.6, 3.3, 6.4, 1.6], { fontSize: 20, color: WHITE });
		cover.addImage({
			data: png(badgeSvg(planned.icon, '#ffffff', `#${help}`, 240), 480),
			x: 7.3,
			y: 1.2,
			w: 2.3,
			h: 2.3,
		});

		const steps = childrenPart(guide).steps;
		for (let i = 0; i < steps.length; i += 4) {
			const chunk = steps.slice(i, i + 4);
			const items = chunk.map((s) => ({
				text: s.text,
				options: { bullet: { type: 'number' as const, numberStartAt: i + 1 }, paraSpaceAfter: 10 },
			}));
			write(slide(t('materials.slides.remember')), items, [0.5, 1.1, 9, 4.3], {
				fontSize: sizeFor(chunk.map((s) => s.text).join(' '), 9 * 4.3, 24),
			});
		}
		for (const m of guide.myths) {
			const runs = [
				{ text: `${t('guide.myth.wrong')} `, options: { bold: true, color: hexColour('danger-dark', true) } },
				{ text: m.myth, options: { breakLine: true } },
				{ text: ' ', options: { breakLine: true } },
				{ text: `${t('guide.myth.right')} `, options: { bold: true, color: help } },
				{ text: m.truth },
			];
			write(slide(t('materials.slides.myths')), runs, [0.5, 1.1, 9, 4.2], {
				fontSize: sizeFor(`${m.myth} ${m.truth}`, 9 * 4.2, 24),
			});
		}

		const call = slide(t('materials.slides.call'));
		const lines = callLines(guide, ctx);
		const width = guide.link.url ? 6.6 : 9;
		const row = Math.min(1.4, 4.3 / lines.length);
		for (const [i, h] of lines.entries()) {
			const y = 1.1 + i * row;
			const free = ctx.reassurance[h.id];
			write(call, h.display, [0.5, y, 2.6, row], {
				fontSize: Math.min(48, row * 36),
				bold: true,
				color: help,
				valign: 'middle',
			});
			write(call, free ? `${h.name}. ${free}` : h.name, [3.1, y, width - 2.6, row], {
				fontSize: free ? 13 : 16,
				valign: 'middle',
			});
		}
		if (guide.link.url) call.addImage({ data: png(qrSvg(guide.link.url, 300), 600), x: 7.4, y: 1.4, w: 2.2, h: 2.2 });
		if (guide.link.address) write(call, guide.link.address, [6.6, 3.7, 3.2, 0.8], { fontSize: 11, align: 'center' });

		const sources = guide.sources.map((s) => ({ text: s.label, options: { bullet: true, breakLine: true } }));
		write(slide(t('materials.slides.sources')), sources, [0.5, 1.1, 9, 4.3], {
			fontSize: sources.length > 10 ? 10 : 12,
		});
		// stream(): write() with an outputType stores the zip uncompressed whatever `compression` says.
		const bytes = new Uint8Array((await pres.stream({ compression: true })) as Buffer);
		return { bytes, pages: count };
	},
};
