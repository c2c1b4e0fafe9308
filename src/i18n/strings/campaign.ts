// UI strings: Action Month for Children pages and the calendar.
export const campaign = {
	'section.campaign.title': 'Tháng hành động vì trẻ em',
	'section.campaign.description': 'Chủ đề Tháng hành động vì trẻ em qua từng năm, kèm nguồn, và những việc nhà trường, gia đình, khu dân cư có thể làm.',
	'section.campaign.intro': 'Mỗi năm có một trang riêng. Chủ đề được trích nguyên văn từ nguồn; năm chưa có nguồn thì ghi rõ.',
	'campaign.dates': 'Thời gian',
	'campaign.theme': 'Chủ đề',
	'campaign.noTheme': 'chưa có nguồn kiểm chứng',
	'campaign.yearTitle': 'Tháng hành động vì trẻ em năm {year}',
	'campaign.yearDescription': 'Tháng hành động vì trẻ em năm {year}: chủ đề, thời gian và nguồn.',
} as const;
