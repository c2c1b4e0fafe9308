// UI strings: Search box and search page.
export const search = {
	'search.label': 'Tìm trong trang',
	'search.placeholder': 'Ví dụ: đuối nước',
	'search.submit': 'Tìm',
	'section.search.title': 'Tìm kiếm',
	'section.search.description': 'Tìm trong các hướng dẫn, trang luật, văn bản và chiến dịch, gõ có dấu hoặc không dấu đều được.',
	'section.search.noscript': 'Ô tìm kiếm cần JavaScript để chạy. Bạn vẫn có thể đi theo các chủ đề dưới đây.',
	'section.search.topics': 'Các mục chính',
} as const;
