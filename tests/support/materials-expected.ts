// The materials the build must make, worked out by the tests on their own from content data (the
// entries and rules of content/materials.yaml, the full guides, the campaign years and BUILD_DATE),
// never from what the build wrote: a material the build silently skips is then a failing test.
import { readData, readMdxFrontmatter } from './utils.ts';
import { routes } from '../../src/config/routes.ts';
import { BUILD_DATE } from '../../src/config/site.ts';

export interface GuideData {
	title: string;
	description: string;
	forChildren?: string;
	topic: string;
	kind?: string;
	parts: Record<string, { intro?: string; steps: { text: string }[] }>;
	myths: { myth: string; truth: string }[];
	call: string[];
}
export interface CampaignData {
	id: string;
	year: number;
	theme?: { value: string };
	messages?: { values: string[] };
}
export interface HotlineData {
	id: string;
	display: string;
	name: string;
	label: string;
	kind: string;
	order: number;
}
interface Entry {
	id: string;
	kind: string;
	format: string;
	paper: string;
	from: string | { guide: string };
	file: string;
	title: string;
	audiences: string[];
}

export interface Expected {
	file: string;
	kind: string;
	format: string;
	paper: string;
	audiences: string[];
	/** The site path of the page it belongs to. */
	page: string;
	guide?: { id: string; data: GuideData };
	campaign?: CampaignData;
	/** Whether this is the current year's campaign material. */
	current?: boolean;
}

export const hotlines = readData<HotlineData>('hotlines').sort((a, b) => a.order - b.order);
export const bar = hotlines.filter((h) => h.kind === 'child-protection');
/** A frontmatter sentence as printed: each {so:id} token replaced by the number. */
export const printed = (text: string) =>
	text.replace(/\{so:([a-z0-9-]+)\}/g, (_, id: string) => hotlines.find((h) => h.id === id)!.display);

export const fullGuides = readMdxFrontmatter('guides')
	.map(({ slug, data }) => ({ id: slug, data: data as GuideData }))
	.filter((g) => (g.data.kind ?? 'full') === 'full');

const campaigns = readData<CampaignData>('campaigns').sort((a, b) => b.year - a.year);
export const currentCampaign = campaigns.find((c) => c.year <= Number(BUILD_DATE.slice(0, 4)));

export const expectedMaterials: Expected[] = readData<Entry>('materials').flatMap((e): Expected[] => {
	const base = { kind: e.kind, format: e.format, paper: e.paper, audiences: e.audiences };
	if (e.from === 'hotlines') return [{ ...base, file: e.file, page: routes.hotlines() }];
	if (e.from === 'guides' || typeof e.from === 'object') {
		const one = typeof e.from === 'object' ? e.from.guide : undefined;
		return fullGuides
			.filter((g) => !one || g.id === one)
			.map((g) => ({ ...base, file: e.file.replace('{guide}', g.id), page: routes.guide(g.id), guide: g }));
	}
	const years =
		e.from === 'current-campaign'
			? currentCampaign
				? [currentCampaign]
				: []
			: campaigns.filter((c) => c.theme && c.year < (currentCampaign?.year ?? Infinity));
	return years.map((c) => ({
		...base,
		file: e.file.replace('{year}', String(c.year)),
		page: routes.campaign(c.id),
		campaign: c,
		current: c === currentCampaign,
	}));
});
