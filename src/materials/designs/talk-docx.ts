// The flag-ceremony talk of a full guide as an editable Word file (docx): the text of ../texts.ts in
// 14 pt Times New Roman, the usual face and size of school documents in Việt Nam, so a teacher can add
// the school's name or change the greeting, with the sources and their links at the end.
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { t } from '../../i18n/index.ts';
import { talkText, type TalkBlock } from '../texts.ts';
import type { Design } from '../types.ts';

/** Body text at 14 pt in Times New Roman, the usual face and size of school documents in Việt Nam. */
const FONT = 'Times New Roman';

function docxParagraph(block: TalkBlock): Paragraph {
	switch (block.type) {
		case 'title':
			return new Paragraph({
				heading: HeadingLevel.TITLE,
				children: [new TextRun({ text: block.text, bold: true, size: 36, font: FONT })],
			});
		case 'subtitle':
			return new Paragraph({
				children: [new TextRun({ text: block.text.toLocaleUpperCase('vi'), bold: true, size: 24, font: FONT })],
			});
		case 'heading':
			return new Paragraph({
				heading: HeadingLevel.HEADING_2,
				spacing: { before: 360 },
				children: [new TextRun({ text: block.text, bold: true, size: 26, font: FONT })],
			});
		case 'note':
			return new Paragraph({
				spacing: { after: 200 },
				children: [new TextRun({ text: block.text, italics: true, size: 22, font: FONT })],
			});
		case 'step':
			return new Paragraph({
				indent: { left: 567, hanging: 340 },
				spacing: { after: 120 },
				children: [new TextRun({ text: `${block.n}.\t${block.text}`, size: 28, font: FONT })],
			});
		case 'source':
			return new Paragraph({
				spacing: { after: 60 },
				children: [
					new TextRun({ text: block.text, size: 20, font: FONT }),
					...(block.url
						? [
								new TextRun({ text: ' ', size: 20 }),
								new ExternalHyperlink({
									link: block.url,
									children: [new TextRun({ text: block.url, size: 20, font: FONT, style: 'Hyperlink' })],
								}),
							]
						: []),
				],
			});
		default:
			return new Paragraph({
				alignment: AlignmentType.JUSTIFIED,
				spacing: { after: 160 },
				children: [new TextRun({ text: block.text, size: 28, font: FONT })],
			});
	}
}

export const talkDocx: Design = {
	async build(planned, ctx) {
		if (planned.subject.type !== 'guide') throw new Error('bài tuyên truyền chỉ tạo được từ một hướng dẫn');
		const { guide } = planned.subject;
		const { blocks, minutes } = talkText(guide, ctx, planned.audiences);
		const doc = new Document({
			title: `${t('materials.talk.heading')}: ${guide.title}`,
			subject: guide.description,
			creator: ctx.site.publisher,
			keywords: [ctx.site.name, guide.title].join(', '),
			sections: [
				{
					properties: {
						page: {
							size: { width: 11906, height: 16838 },
							margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 },
						},
					},
					children: blocks.map(docxParagraph),
				},
			],
		});
		return { bytes: new Uint8Array(await Packer.toBuffer(doc)), minutes };
	},
};
