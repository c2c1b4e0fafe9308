// Years of "Tháng hành động vì trẻ em" (content/campaigns.yaml). BUILD_DATE is the only clock.
import { getCollection } from 'astro:content';
import type { Campaign } from '../schemas/campaign.ts';
import { BUILD_DATE } from '../config/site.ts';

let all: Campaign[] | undefined;

/** Every year, newest first. */
export async function getCampaigns(): Promise<Campaign[]> {
	all ??= (await getCollection('campaigns')).map((e) => e.data).sort((a, b) => b.year - a.year);
	return all;
}

/** The newest campaign year not after BUILD_DATE's year. */
export async function getCurrentCampaign(): Promise<Campaign | undefined> {
	const year = Number(BUILD_DATE.slice(0, 4));
	return (await getCampaigns()).find((c) => c.year <= year);
}
