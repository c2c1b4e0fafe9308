// UI strings: Printable materials library.
export const materials = {
	'section.materials.title': 'Tài liệu in',
	'section.materials.description': 'Tờ rơi, áp phích và thẻ số điện thoại để in, tạo từ cùng dữ liệu với trang web.',
	'section.materials.intro': 'Tờ rơi, áp phích và thẻ để in, tạo từ cùng dữ liệu với trang web nên số điện thoại và chủ đề luôn khớp. Bạn cũng có thể in bất kỳ hướng dẫn nào ngay từ trình duyệt.',
	'materials.filter': 'Lọc tài liệu',
	'materials.previewBox': 'Cần giúp đỡ? Gọi ngay',
	'materials.facts': 'PDF, khổ {paper}, {pages} trang, {size}',
	'materials.download': 'Tải về (PDF)',
	'materials.readGuide': 'Đọc hướng dẫn đầy đủ',
	'materials.leaflet': 'Tải tờ rơi để in (PDF, {size})',
} as const;
