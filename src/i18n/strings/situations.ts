// UI strings: "Em đang gặp chuyện gì?" (/giup-em/), the pages that speak to a child in trouble. Every
// string is written for a ten-year-old, as "em". Phone numbers come in through {number}, from
// content/hotlines.yaml.
export const situations = {
	'situations.title': 'Em đang gặp chuyện gì?',
	'situations.description':
		'Dành cho các em: chọn chuyện giống chuyện của em để biết em có thể làm gì ngay, kể với ai và gọi số nào.',
	'situations.intro': 'Chọn chuyện giống chuyện của em. Mỗi trang nói em có thể làm gì ngay, kể với ai và gọi ai.',
	'situations.list': 'Chuyện của em giống chuyện nào?',
	'situation.call.heading': 'Gọi {number}',
	'situation.call.free': 'Không mất tiền, 24 giờ mỗi ngày.',
	'situation.call.danger': 'Nếu em đang gặp nguy hiểm ngay lúc này:',
	'situation.call.more': 'Em cũng có thể cần:',
	'situation.now': 'Làm ngay',
	'situation.tell': 'Kể với ai',
	'situation.fault': 'Không phải lỗi của em',
	'situation.howItWorks': 'Khi em gọi {number}, chuyện gì xảy ra?',
	'situation.others': 'Em gặp chuyện khác?',
} as const;
