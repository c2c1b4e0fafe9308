// UI strings: Action Month for Children pages and the calendar.
export const campaign = {
	'section.campaign.title': 'Tháng hành động vì trẻ em',
	'section.campaign.description':
		'Chủ đề Tháng hành động vì trẻ em qua từng năm, kèm nguồn, và những việc nhà trường, gia đình, khu dân cư có thể làm.',
	'section.campaign.intro':
		'Mỗi năm có một trang riêng. Chủ đề được trích nguyên văn từ nguồn; năm chưa có nguồn thì ghi rõ.',
	'campaign.dates': 'Thời gian',
	'campaign.theme': 'Chủ đề',
	/** A year without a sourced theme, in lists and the feed. */
	'campaign.noTheme': 'Chủ đề năm {year}: chúng tôi chưa tìm được thông báo chính thức.',
	/** The same, after the label "Chủ đề" on the year's own page. */
	'campaign.noThemeYet': 'Chúng tôi chưa tìm được thông báo chính thức về chủ đề năm {year}.',
	/** Label of the month's rule (Luật Trẻ em Điều 11, Thông tư 28/2019 Điều 2), from content/observances.yaml. */
	'campaign.rule': 'Quy định hiện nay',
	'campaign.lawLink': 'Luật nói gì về Tháng hành động',
	'campaign.yearTitle': 'Tháng hành động vì trẻ em năm {year}',
	'calendar.title': 'Lịch các ngày vì trẻ em',
	'calendar.description':
		'Ngày dương lịch của Tháng hành động vì trẻ em, ngày Quốc tế thiếu nhi, Tết Trung thu, Tết Nguyên đán và các ngày quốc tế, qua nhiều năm.',
	'calendar.intro':
		'Các dịp để nhà trường, gia đình và khu dân cư làm việc vì trẻ em. Ngày âm lịch đã đổi sang dương lịch theo giờ Việt Nam.',
	'calendar.download': 'Tải lịch về điện thoại, máy tính (tệp .ics)',
	'calendar.year': 'Năm {year}',
	'calendar.date': 'Ngày',
	'calendar.occasion': 'Dịp',
	'calendar.lunar': 'ngày {day} tháng {month} âm lịch',
	'campaign.messages': 'Khẩu hiệu',
	'campaign.actions': 'Việc có thể làm',
	'campaign.readPrint': 'Đọc và in',
	'campaign.materials': 'Tài liệu in: tờ rơi, áp phích, thẻ số điện thoại',
	'campaign.calendarLink': 'Lịch các ngày vì trẻ em',
	'campaign.rss': 'Theo dõi bằng RSS',
	'campaign.yearDescription': 'Tháng hành động vì trẻ em năm {year}: chủ đề, thời gian và nguồn.',
} as const;
