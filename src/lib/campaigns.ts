// Years of "Tháng hành động vì trẻ em" (content/campaigns.yaml). BUILD_DATE is the only clock.
import type { Campaign } from '../schemas/campaign.ts';
import { BUILD_DATE } from '../config/site.ts';
import { allData } from './data.ts';

/** Every year, newest first. */
export async function getCampaigns(): Promise<Campaign[]> {
	return (await allData('campaigns')).sort((a, b) => b.year - a.year);
}

/** The newest campaign year not after BUILD_DATE's year. */
export async function getCurrentCampaign(): Promise<Campaign | undefined> {
	const year = Number(BUILD_DATE.slice(0, 4));
	return (await getCampaigns()).find((c) => c.year <= year);
}
