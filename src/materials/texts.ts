// The words of the classroom materials, worked out from a guide's data alone: the flag-ceremony talk
// (read by talk-docx.ts and talk-pdf.ts), the true/false quiz (quiz.ts) and the lines to call (also
// the slides). Every sentence is the guide's own (title, children's description and steps, the part
// for the material's readers, myths set right, lines to call); only the connecting words are UI strings.
import { t } from '../i18n/index.ts';
import { CHILDREN } from '../schemas/article.ts';
import type { Hotline } from '../schemas/hotline.ts';
import type { Context, GuideInfo } from './types.ts';

/** The children's part of a guide (the first part if a guide had none). */
export function childrenPart(guide: GuideInfo): GuideInfo['parts'][number] {
	return guide.parts.find((p) => p.id === CHILDREN) ?? guide.parts[0]!;
}

/** The lines a guide says to call, then the child-protection lines, each once. */
export function callLines(guide: GuideInfo, ctx: Context): Hotline[] {
	return [...guide.call, ...ctx.bar].filter((h, i, all) => all.findIndex((x) => x.id === h.id) === i);
}

export type TalkBlock =
	| { type: 'title' | 'subtitle' | 'note' | 'spoken' | 'heading'; text: string }
	| { type: 'step'; n: number; text: string }
	| { type: 'source'; text: string; url?: string };

/** Words per minute when reading aloud to a school assembly (slow and clear). */
const WORDS_PER_MINUTE = 110;

export function talkText(
	guide: GuideInfo,
	ctx: Context,
	audiences: readonly string[],
): { blocks: TalkBlock[]; minutes: number } {
	const children = childrenPart(guide);
	const spoken: TalkBlock[] = [
		{ type: 'spoken', text: t('materials.talk.greeting') },
		{
			type: 'spoken',
			text: `${t('materials.talk.topic', { title: guide.title })} ${guide.forChildren ?? guide.description}`,
		},
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
		for (const m of guide.myths)
			spoken.push({
				type: 'spoken',
				text: `${t('materials.talk.myth', { myth: m.myth })} ${t('materials.talk.truth', { truth: m.truth })}`,
			});
	}
	spoken.push({ type: 'spoken', text: t('materials.talk.call') });
	for (const [i, h] of callLines(guide, ctx).entries()) {
		const line = t('materials.talk.callLine', { number: h.display, name: h.name });
		spoken.push({ type: 'step', n: i + 1, text: ctx.reassurance[h.id] ? `${line} ${ctx.reassurance[h.id]}` : line });
	}
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
		...(guide.link.address
			? [{ type: 'note' as const, text: t('materials.talk.readOnline', { address: guide.link.address }) }]
			: []),
	];
	return { blocks, minutes };
}

export interface QuizItem {
	statement: string;
	answer: boolean;
	explanation?: string;
	cite: string[];
}

/** The quiz's statements: every myth, and the first children's steps as true statements. */
export function quizItems(guide: GuideInfo): QuizItem[] {
	const steps = childrenPart(guide).steps;
	const items: QuizItem[] = [];
	guide.myths.forEach((m, i) => {
		items.push({ statement: m.myth, answer: false, explanation: m.truth, cite: m.cite });
		const step = steps[i];
		if (step) items.push({ statement: step.text, answer: true, cite: step.cite });
	});
	// A fixed order per guide, so that the answers do not simply alternate.
	const seed = [...guide.id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
	return items
		.map((item, i) => ({ item, key: (seed * (i + 3) * 2654435761) >>> 0 }))
		.sort((a, b) => a.key - b.key)
		.map((x) => x.item);
}
