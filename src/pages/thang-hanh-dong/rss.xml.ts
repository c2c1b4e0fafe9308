// RSS feed of the campaign years (@astrojs/rss), newest first, with absolute links from SITE_URL.
import { routes } from '~/config/routes';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCampaigns } from '~/lib/campaigns';
import { absoluteUrl } from '~/lib/url';
import { site } from '~/config/site';
import { t } from '~/i18n';

export const GET: APIRoute = async () => {
	const campaigns = await getCampaigns();
	return rss({
		title: `${site.name}: ${t('section.campaign.title')}`,
		description: t('section.campaign.description'),
		site: absoluteUrl(routes.home()),
		items: campaigns.map((c) => ({
			title: t('campaign.yearTitle', { year: c.year }),
			link: absoluteUrl(routes.campaign(c.id)),
			pubDate: c.start,
			description: c.theme ? `${t('campaign.theme')}: “${c.theme.value}”` : t('campaign.noTheme', { year: c.year }),
		})),
		customData: '<language>vi</language>',
	});
};
