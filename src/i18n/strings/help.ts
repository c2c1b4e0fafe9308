// UI strings: Hotlines, the help bar and the quick exit.
export const help = {
	'quickExit.label': 'Thoát nhanh',
	'quickExit.hint': 'Rời trang này ngay',
	'quickExit.notice':
		'Muốn rời trang này thật nhanh: bấm nút Thoát nhanh, hoặc bấm phím Shift ba lần, hoặc phím Esc hai lần.',
	'quickExit.about': 'Thoát nhanh là gì?',
	'quickExit.count': 'Bấm {key} thêm {n} lần để thoát nhanh khỏi trang.',
	'hotlineBar.label': 'Trợ giúp nhanh',
	'section.hotlines.title': 'Tổng đài và số khẩn cấp',
	'section.hotlines.description':
		'Các số điện thoại để gọi khi trẻ em cần được bảo vệ, cần tư vấn, hoặc khi có việc khẩn cấp.',
	'section.hotlines.intro': 'Bấm vào số để gọi. Dưới mỗi số là việc số đó làm và nguồn của thông tin.',
	'hotlines.group.child': 'Bảo vệ, chăm sóc trẻ em',
	'hotlines.group.emergency': 'Số khẩn cấp',
	'hotlines.notSure': 'Chưa biết nên gọi số nào?',
	'hotlines.related.whoToCall': 'Xem “Gọi ai?” theo từng tình huống',
	'hotlines.related.report': 'Báo tin khi nghĩ một trẻ em bị hại',
	'hotlines.related.afterCall': 'Khi gọi tổng đài bảo vệ trẻ em, chuyện gì xảy ra',
	'hotlines.related.title': 'Đọc trang này an toàn',
	'hotlines.related.traces': 'Xóa dấu vết khi truy cập',
	'hotline.operator': 'Đơn vị vận hành',
	'hotline.hours': 'Thời gian hoạt động',
	'hotline.cost': 'Cước phí',
	'hotline.hoursFallback':
		'Chưa có thông báo chính thức về giờ làm việc của số này. Khi cần giúp ngay, lúc nào cũng có thể gọi',
} as const;
