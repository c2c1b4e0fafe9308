// UI strings: Safety guides.
export const guides = {
	'section.skills.title': 'Kỹ năng an toàn',
	'section.skills.description': 'Hướng dẫn an toàn cho trẻ em, cha mẹ và thầy cô: đuối nước, tai nạn, xâm hại, bạo lực học đường, an toàn trên mạng.',
	'section.skills.intro': 'Mỗi hướng dẫn có phần cho các em, phần cho cha mẹ và phần cho thầy cô, kèm nguồn của từng lời khuyên.',
} as const;
