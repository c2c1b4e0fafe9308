// UI strings: Safety guides.
export const guides = {
	'section.skills.title': 'Kỹ năng an toàn',
	'section.skills.description':
		'Hướng dẫn an toàn cho trẻ em, cha mẹ và thầy cô: đuối nước, tai nạn, xâm hại, bạo lực học đường, an toàn trên mạng.',
	'section.skills.intro':
		'Mỗi hướng dẫn có phần cho các em, phần cho cha mẹ và phần cho thầy cô, kèm nguồn của từng lời khuyên.',
	'guide.part.hoc-sinh': 'Dành cho các em',
	'guide.part.cha-me': 'Dành cho cha mẹ',
	'guide.part.giao-vien': 'Dành cho thầy cô và nhà trường',
	'guide.signs': 'Dấu hiệu cần để ý',
	'guide.myths': 'Hiểu đúng – hiểu sai',
	'guide.myth.wrong': 'Sai:',
	'guide.myth.right': 'Đúng:',
	'guide.call': 'Gọi ai',
	'guide.onThisPage': 'Trên trang này',
} as const;
