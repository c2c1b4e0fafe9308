// UI strings: Hotlines, the help bar and the quick exit.
export const help = {
	'quickExit.label': 'Thoát nhanh',
	'quickExit.hint': 'Rời trang này ngay',
	'hotlineBar.label': 'Số điện thoại trợ giúp',
	'section.hotlines.title': 'Tổng đài và số khẩn cấp',
	'section.hotlines.description': 'Các số điện thoại để gọi khi trẻ em cần được bảo vệ, cần tư vấn, hoặc khi có việc khẩn cấp.',
	'section.hotlines.intro': 'Bấm vào số để gọi. Dưới mỗi số là việc số đó làm và nguồn của thông tin.',
	'hotline.operator': 'Đơn vị vận hành',
	'hotline.hours': 'Thời gian hoạt động',
	'hotline.cost': 'Cước phí',
} as const;
