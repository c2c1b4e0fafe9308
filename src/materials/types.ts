// The shapes passed between the materials catalogue (index.ts, which reads content data) and the
// designs (which only draw): plain data with every {so:id} token already printed as its number,
// so a design needs no content store and a test can feed it directly.
import type { Hotline } from '../schemas/hotline.ts';
import type { GuidePartId } from '../schemas/guide.ts';
import type { MaterialFormat, MaterialKind, MaterialPaper } from '../schemas/material.ts';
import type { SitePath } from '../config/routes.ts';

/** A page a material points to; `url` and `address` exist only when SITE_URL is set. */
export interface PageLink {
	path: SitePath;
	/** Absolute URL (QR codes). */
	url?: string;
	/** The URL without "https://" (printed). */
	address?: string;
}

export interface SiteInfo {
	name: string;
	publisher: string;
	/** YYYY-MM-DD. */
	buildDate: string;
}

/** A cited source as printed in a source list. */
export interface SourceRef {
	label: string;
	/** Linked only when the site links it (original, https). */
	url?: string;
}

export interface GuideInfo {
	id: string;
	title: string;
	description: string;
	/** The children's description ("em" voice). */
	forChildren?: string;
	topicId: string;
	/** The topic's label. */
	topic: string;
	icon: string;
	parts: { id: GuidePartId; title: string; intro?: string; steps: { text: string; cite: string[] }[] }[];
	myths: { myth: string; truth: string; cite: string[] }[];
	/** The lines the guide says to call, most urgent first. */
	call: Hotline[];
	/** Every source cited by the parts and myths, in order of first use. */
	sources: SourceRef[];
	/** "Cập nhật" date, formatted. */
	updated: string;
	link: PageLink;
}

export interface CampaignInfo {
	year: number;
	/** First and last day, formatted. */
	start: string;
	end: string;
	/** The sourced theme, quoted exactly, with its sources' names. */
	theme?: { value: string; cite: string[] };
	messages?: { values: string[]; cite: string[] };
	link: PageLink;
}

export type Subject =
	| { type: 'guide'; guide: GuideInfo }
	| { type: 'hotlines'; link: PageLink }
	| { type: 'campaign'; campaign: CampaignInfo };

/** One material to make: its entry of content/materials.yaml with placeholders filled, and its data. */
export interface Planned {
	/** The materials.yaml entry it comes from. */
	entry: string;
	kind: MaterialKind;
	format: MaterialFormat;
	paper: MaterialPaper;
	file: string;
	title: string;
	summary?: string;
	audiences: string[];
	topic: { id: string; label: string };
	/** The pictogram: the topic's icon. */
	icon: string;
	order: number;
	subject: Subject;
}

/** What the rest of the build needs from every design. */
export interface Context {
	site: SiteInfo;
	/** The child-protection lines of content/hotlines.yaml, national first. */
	bar: Hotline[];
	/** Police, fire, ambulance, rescue. */
	emergency: Hotline[];
	/** Every full guide (the campaign poster lists them). */
	guides: GuideInfo[];
	/** By hotline id: "Không mất tiền, 24 giờ mỗi ngày (Nghị định …, Điều 23)." for a line whose hours and
	 *  cost content/hotlines.yaml gives with their sources; absent otherwise, so nothing is claimed. */
	reassurance: Record<string, string>;
}

export interface Built {
	bytes: Uint8Array;
	/** PDF pages or slides. */
	pages?: number;
	/** Reading time of a talk, in minutes. */
	minutes?: number;
	/** Image size in pixels. */
	pixels?: { width: number; height: number };
}

export interface Design {
	build(planned: Planned, ctx: Context): Promise<Built>;
}

export interface Material extends Planned, Built {
	/** The page the material belongs to (its QR code and printed address). */
	page: PageLink;
}
