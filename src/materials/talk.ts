// The five-minute flag-ceremony talk (bài tuyên truyền dưới cờ) of a full guide, as text blocks: every
// sentence comes from the guide's data (title, children's description and steps, myths set right,
// lines to call) and only the connecting words are UI strings. One text, two files: an editable Word
// file (docx) here and a PDF (designs/talk-pdf.ts).
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { t } from '../i18n/index.ts';
import { CHILDREN } from '../schemas/article.ts';
import type { Context, Design, GuideInfo } from './types.ts';

export type TalkBlock =
	| { type: 'title' | 'subtitle' | 'note' | 'spoken' | 'heading'; text: string }
	| { type: 'step'; n: number; text: string }
	| { type: 'source'; text: string; url?: string };

/** Words per minute when reading aloud to a school assembly (slow and clear). */
const WORDS_PER_MINUTE = 110;

export function talkText(guide: GuideInfo, ctx: Context, audiences: readonly string[]): { blocks: TalkBlock[]; minutes: number } {
	const children = guide.parts.find((p) => p.id === CHILDREN) ?? guide.parts[0]!;
	const spoken: TalkBlock[] = [
		{ type: 'spoken', text: t('materials.talk.greeting') },
		{ type: 'spoken', text: `${t('materials.talk.topic', { title: guide.title })} ${guide.forChildren ?? guide.description}` },
		// The children's part opens with its own words when it has them, or with the UI's.
		{ type: 'spoken', text: children.intro ?? t('materials.talk.remember') },
		...children.steps.map((s, i) => ({ type: 'step' as const, n: i + 1, text: s.text })),
	];
	// The steps of the part written for the talk's own readers (materials.yaml `audiences`: the teachers),
	// for the adults in the yard.
	const adults = guide.parts.find((p) => p.id !== children.id && audiences.includes(p.id));
	if (adults) {
		spoken.push({ type: 'spoken', text: t('materials.talk.adults') });
		spoken.push(...adults.steps.map((s, i) => ({ type: 'step' as const, n: i + 1, text: s.text })));
	}
	if (guide.myths.length) {
		spoken.push({ type: 'spoken', text: t('materials.talk.mythIntro') });
		for (const m of guide.myths) spoken.push({ type: 'spoken', text: `${t('materials.talk.myth', { myth: m.myth })} ${t('materials.talk.truth', { truth: m.truth })}` });
	}
	const lines = [...guide.call, ...ctx.bar].filter((h, i, all) => all.findIndex((x) => x.id === h.id) === i);
	spoken.push({ type: 'spoken', text: t('materials.talk.call') });
	for (const [i, h] of lines.entries()) spoken.push({ type: 'step', n: i + 1, text: t('materials.talk.callLine', { number: h.display, name: h.name }) });
	spoken.push({ type: 'spoken', text: t('materials.talk.closing') });
	const words = spoken.reduce((n, b) => n + b.text.split(/\s+/).length, 0);
	const minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
	const blocks: TalkBlock[] = [
		{ type: 'subtitle', text: t('materials.talk.heading') },
		{ type: 'title', text: guide.title },
		{ type: 'note', text: `${t('materials.talk.length', { minutes })} ${t('materials.talk.editNote')}` },
		...spoken,
		{ type: 'heading', text: t('materials.talk.sources') },
		...guide.sources.map((s) => ({ type: 'source' as const, text: s.label, ...(s.url ? { url: s.url } : {}) })),
		...(guide.link.address ? [{ type: 'note' as const, text: t('materials.talk.readOnline', { address: guide.link.address }) }] : []),
	];
	return { blocks, minutes };
}

/** Body text at 14 pt in Times New Roman, the usual face and size of school documents in Việt Nam. */
const FONT = 'Times New Roman';

function docxParagraph(block: TalkBlock): Paragraph {
	switch (block.type) {
		case 'title':
			return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: block.text, bold: true, size: 36, font: FONT })] });
		case 'subtitle':
			return new Paragraph({ children: [new TextRun({ text: block.text.toLocaleUpperCase('vi'), bold: true, size: 24, font: FONT })] });
		case 'heading':
			return new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 360 }, children: [new TextRun({ text: block.text, bold: true, size: 26, font: FONT })] });
		case 'note':
			return new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: block.text, italics: true, size: 22, font: FONT })] });
		case 'step':
			return new Paragraph({ indent: { left: 567, hanging: 340 }, spacing: { after: 120 }, children: [new TextRun({ text: `${block.n}.\t${block.text}`, size: 28, font: FONT })] });
		case 'source':
			return new Paragraph({
				spacing: { after: 60 },
				children: [new TextRun({ text: block.text, size: 20, font: FONT }), ...(block.url ? [new TextRun({ text: ' ', size: 20 }), new ExternalHyperlink({ link: block.url, children: [new TextRun({ text: block.url, size: 20, font: FONT, style: 'Hyperlink' })] })] : [])],
			});
		default:
			return new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 160 }, children: [new TextRun({ text: block.text, size: 28, font: FONT })] });
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
			sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 } } }, children: blocks.map(docxParagraph) }],
		});
		return { bytes: new Uint8Array(await Packer.toBuffer(doc)), minutes };
	},
};
