// UI strings: Printable materials library.
export const materials = {
	'section.materials.title': 'Tài liệu in',
	'section.materials.description': 'Tờ rơi, áp phích và thẻ số điện thoại để in, tạo từ cùng dữ liệu với trang web.',
	'section.materials.intro': 'Bạn có thể in bất kỳ hướng dẫn nào ngay từ trình duyệt: trang in sẽ bỏ phần điều hướng và giữ số điện thoại trợ giúp.',
} as const;
