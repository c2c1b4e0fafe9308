// Which design draws a planned material: one module per kind and format (the poster by its data:
// the hotlines or a campaign year). content/materials.yaml may only name combinations the schema's
// MATERIAL_DESIGNS allows, so every planned material finds its design here.
import { banner } from './banner.ts';
import { campaignPoster } from './campaign-poster.ts';
import { cards } from './cards.ts';
import { hotlinePoster } from './hotline-poster.ts';
import { leaflet } from './leaflet.ts';
import { quiz } from './quiz.ts';
import { shareImage } from './share-image.ts';
import { talkPdf } from './talk-pdf.ts';
import { talkDocx } from './talk-docx.ts';
import { slides } from './slides.ts';
import type { Design, Planned } from '../types.ts';

const DESIGNS: Record<string, Design> = {
	'leaflet.pdf': leaflet,
	'banner.pdf': banner,
	'cards.pdf': cards,
	'talk.docx': talkDocx,
	'talk.pdf': talkPdf,
	'slides.pptx': slides,
	'quiz.pdf': quiz,
	'share-image.png': shareImage,
};

export function designOf(planned: Planned): Design {
	if (planned.kind === 'poster') return planned.subject.type === 'hotlines' ? hotlinePoster : campaignPoster;
	const design = DESIGNS[`${planned.kind}.${planned.format}`];
	if (!design) throw new Error(`src/materials/designs: chưa có thiết kế cho ${planned.kind} (${planned.format})`);
	return design;
}
