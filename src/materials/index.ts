// The materials catalogue: reads content/materials.yaml and expands its rules into one file per full
// guide or campaign year, gathers the content each file draws from (guides, hotlines, campaigns,
// topics, cited sources) as plain data, and has the design of each kind draw it. Built once per build
// (memoised) and shared by the file endpoints, the library page, the guide pages and the hubs.
import type { CollectionEntry } from 'astro:content';
import { routes } from '../config/routes.ts';
import { BUILD_DATE, site } from '../config/site.ts';
import { GUIDE_PARTS } from '../schemas/guide.ts';
import { fromName, type MaterialEntry } from '../schemas/material.ts';
import type { Citation } from '../schemas/common.ts';
import type { Campaign } from '../schemas/campaign.ts';
import { t } from '../i18n/index.ts';
import { GUIDE_PART_TITLES } from '../components/guide/part-titles.ts';
import { allData } from '../lib/data.ts';
import { getArticles } from '../lib/entries.ts';
import { getBarHotlines, getEmergencyHotlines, getHotline, getHotlines, printable } from '../lib/hotlines.ts';
import { getCampaigns, getCurrentCampaign } from '../lib/campaigns.ts';
import { getTopic } from '../lib/taxonomy.ts';
import { citeName, getDocument } from '../lib/documents.ts';
import { getSource, linkTarget } from '../lib/sources.ts';
import { formatDate } from '../lib/format-date.ts';
import { designOf } from './designs/index.ts';
import { pageLink } from './links.ts';
import type { CampaignInfo, Context, GuideInfo, Material, PageLink, Planned, SourceRef, Subject } from './types.ts';

export type { Material } from './types.ts';

/** A citation as a step prints it ("WHO", "Nghị định 56/2017/NĐ-CP, Điều 23"), and as a source list does. */
async function citeLabels(cite: readonly Citation[]): Promise<{ short: string; ref: SourceRef }[]> {
	return Promise.all(
		cite.map(async (c) => {
			if (c.document) {
				const doc = await getDocument(c.document);
				const name = citeName(doc);
				return { short: c.at ? `${name}, ${c.at}` : name, ref: { label: doc.symbol ? `${name}: ${doc.title}` : name } };
			}
			const source = await getSource(c.source!);
			const url = linkTarget(source);
			return {
				short: source.publisher,
				ref: { label: `${source.publisher}: ${source.title}`, ...(url ? { url } : {}) },
			};
		}),
	);
}

async function guideInfo(entry: CollectionEntry<'guides'>): Promise<GuideInfo> {
	const { data } = entry;
	const hotlines = await getHotlines();
	const topic = await getTopic(data.topic);
	if (!topic.icon)
		throw new Error(
			`content/topics.yaml: chủ đề "${topic.id}" cần "icon" (biểu tượng in trên tài liệu của hướng dẫn "${entry.id}")`,
		);
	const sources = new Map<string, SourceRef>();
	const sourced = async (cite: readonly Citation[]) => {
		const labels = await citeLabels(cite);
		for (const { ref } of labels) sources.set(ref.label, ref);
		return [...new Set(labels.map((l) => l.short))];
	};
	const parts: GuideInfo['parts'] = [];
	for (const id of GUIDE_PARTS) {
		const part = data.parts[id];
		if (!part) continue;
		const steps = [];
		for (const step of part.steps) steps.push({ text: printable(step.text, hotlines), cite: await sourced(step.cite) });
		parts.push({
			id,
			title: t(GUIDE_PART_TITLES[id]),
			...(part.intro ? { intro: printable(part.intro, hotlines) } : {}),
			steps,
		});
	}
	const myths = [];
	for (const m of data.myths)
		myths.push({ myth: printable(m.myth, hotlines), truth: printable(m.truth, hotlines), cite: await sourced(m.cite) });
	return {
		id: entry.id,
		title: data.title,
		description: data.description,
		...(data.forChildren ? { forChildren: data.forChildren } : {}),
		topicId: topic.id,
		topic: topic.label,
		icon: topic.icon,
		parts,
		myths,
		call: await Promise.all(data.call.map(getHotline)),
		sources: [...sources.values()],
		updated: formatDate(data.updated),
		link: pageLink(routes.guide(entry.id)),
	};
}

async function campaignInfo(campaign: Campaign): Promise<CampaignInfo> {
	const short = async (cite: readonly Citation[]) => [...new Set((await citeLabels(cite)).map((l) => l.short))];
	return {
		year: campaign.year,
		start: formatDate(campaign.start),
		end: formatDate(campaign.end),
		...(campaign.theme ? { theme: { value: campaign.theme.value, cite: await short(campaign.theme.cite) } } : {}),
		...(campaign.messages
			? { messages: { values: campaign.messages.values, cite: await short(campaign.messages.cite) } }
			: {}),
		link: pageLink(routes.campaign(campaign.id)),
	};
}

/** The subjects an entry of materials.yaml stands for: one, or one per guide or year for a rule. */
async function subjectsOf(
	entry: MaterialEntry,
	guides: GuideInfo[],
): Promise<{ subject: Subject; fill: Record<string, string> }[]> {
	const source = fromName(entry.from);
	if (source === 'hotlines') return [{ subject: { type: 'hotlines', link: pageLink(routes.hotlines()) }, fill: {} }];
	if (source === 'guides' || source === 'guide') {
		const one = typeof entry.from === 'object' ? entry.from.guide : undefined;
		const wanted = one ? guides.filter((g) => g.id === one) : guides;
		if (wanted.length === 0)
			throw new Error(`content/materials.yaml › ${entry.id}: hướng dẫn không phải loại đầy đủ (kind: full)`);
		return wanted.map((guide) => ({
			subject: { type: 'guide', guide },
			fill: { guide: guide.id, title: guide.title },
		}));
	}
	const current = await getCurrentCampaign();
	const years =
		source === 'current-campaign'
			? current
				? [current]
				: []
			: (await getCampaigns()).filter((c) => c.theme && c.year < (current?.year ?? Infinity));
	return Promise.all(
		years.map(async (c) => ({
			subject: { type: 'campaign' as const, campaign: await campaignInfo(c) },
			fill: { year: String(c.year) },
		})),
	);
}

const fillIn = (pattern: string, fill: Record<string, string>) =>
	pattern.replace(/\{(guide|title|year)\}/g, (whole, key: string) => fill[key] ?? whole);

async function plan(guides: GuideInfo[]): Promise<Planned[]> {
	const entries = (await allData('materials')).sort((a, b) => a.order - b.order);
	const planned: Planned[] = [];
	for (const entry of entries) {
		for (const { subject, fill } of await subjectsOf(entry, guides)) {
			const topic = await getTopic(entry.topic ?? (subject.type === 'guide' ? subject.guide.topicId : ''));
			if (!topic.icon)
				throw new Error(`content/topics.yaml: chủ đề "${topic.id}" cần "icon" (biểu tượng của tài liệu "${entry.id}")`);
			planned.push({
				entry: entry.id,
				kind: entry.kind,
				format: entry.format,
				paper: entry.paper,
				file: fillIn(entry.file, fill),
				title: fillIn(entry.title, fill),
				...(entry.summary ? { summary: entry.summary } : {}),
				audiences: entry.audiences,
				topic: { id: topic.id, label: topic.label },
				icon: topic.icon,
				order: entry.order,
				subject,
			});
		}
	}
	const files = planned.map((p) => p.file);
	const twice = files.find((f, i) => files.indexOf(f) !== i);
	if (twice) throw new Error(`content/materials.yaml: hai tài liệu cùng tên tệp "${twice}"`);
	return planned;
}

function pageOf(subject: Subject): PageLink {
	if (subject.type === 'guide') return subject.guide.link;
	if (subject.type === 'campaign') return subject.campaign.link;
	return subject.link;
}

let built: Promise<Material[]> | undefined;

/** Every material, built once per build, in library order. */
export function getMaterials(): Promise<Material[]> {
	built ??= (async () => {
		const entries = (await getArticles('guides')).filter((g) => g.data.kind === 'full');
		const guides = await Promise.all(entries.map(guideInfo));
		// "Free, 24 hours" only for a line whose data gives both facts, printed with their sources.
		const bar = await getBarHotlines();
		const reassurance: Record<string, string> = {};
		for (const h of bar) {
			if (!h.hours || !h.cost) continue;
			const cite = [...new Set((await citeLabels([...h.hours.cite, ...h.cost.cite])).map((l) => l.short))];
			reassurance[h.id] = t('materials.print.free', { cite: cite.join('; ') });
		}
		const ctx: Context = {
			site: { name: site.name, publisher: site.publisher, buildDate: BUILD_DATE },
			bar,
			emergency: await getEmergencyHotlines(),
			guides,
			reassurance,
		};
		const out: Material[] = [];
		const started = performance.now();
		for (const p of await plan(guides))
			out.push({ ...p, page: pageOf(p.subject), ...(await designOf(p).build(p, ctx)) });
		// One line in the build log (scripts/bench-materials.mjs reads it).
		const bytes = out.reduce((n, m) => n + m.bytes.length, 0);
		console.info(
			`[bvte:materials] ${out.length} tài liệu, ${Math.round(bytes / 1024)} KB, ${Math.round(performance.now() - started)} ms`,
		);
		return out;
	})();
	return built;
}

/** The materials of one guide page, in library order. */
export async function materialsOf(guideId: string): Promise<Material[]> {
	return (await getMaterials()).filter((m) => m.subject.type === 'guide' && m.subject.guide.id === guideId);
}

/** This year's Action Month materials (from BUILD_DATE's campaign). */
export async function campaignKit(): Promise<{ year: number; materials: Material[] } | undefined> {
	const current = await getCurrentCampaign();
	if (!current) return undefined;
	const materials = (await getMaterials()).filter(
		(m) => m.subject.type === 'campaign' && m.subject.campaign.year === current.year,
	);
	return materials.length ? { year: current.year, materials } : undefined;
}
