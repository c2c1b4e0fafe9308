// UI strings: Home page, audience hubs, 404.
export const home = {
	'notFound.title': 'Không tìm thấy trang',
	'notFound.body': 'Trang bạn tìm không có hoặc đã chuyển chỗ.',
	'notFound.help': 'Nếu bạn hoặc một em nhỏ đang cần giúp đỡ, hãy gọi ngay:',
	'notFound.home': 'Về trang chủ',
	'hub.description': 'Những trang dành cho {audience}: hướng dẫn, luật, tài liệu và cách báo tin.',
	'hub.intro': 'Các trang dưới đây dành cho {audience}.',
	'home.title': 'Thông tin và số điện thoại trợ giúp',
	'home.description': 'Số điện thoại bảo vệ trẻ em, hướng dẫn an toàn, luật về quyền trẻ em và tài liệu in cho gia đình, nhà trường ở Hải Phòng.',
	'home.help': 'Cần giúp đỡ ngay?',
	'home.sections': 'Các mục',
} as const;
