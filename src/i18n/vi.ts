// UI strings (Vietnamese), by dotted key. Components call t('…') and hold no literal UI text.
// One file per area under strings/, so that work on one area does not touch another's strings.
// Wording borrows Starlight's translations/vi.json where it has one ("Bỏ qua để đến nội dung").
import { site } from './strings/site.ts';
import { law } from './strings/law.ts';
import { help } from './strings/help.ts';
import { search } from './strings/search.ts';
import { campaign } from './strings/campaign.ts';
import { home } from './strings/home.ts';
import { guides } from './strings/guides.ts';
import { materials } from './strings/materials.ts';
import { situations } from './strings/situations.ts';
import { offline } from './strings/offline.ts';

export const vi = {
	...site,
	...law,
	...help,
	...search,
	...campaign,
	...home,
	...guides,
	...materials,
	...situations,
	...offline,
} as const;

export type UiKey = keyof typeof vi;
