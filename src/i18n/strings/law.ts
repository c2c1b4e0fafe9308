// UI strings: Law pages, the document registry and document pages.
export const law = {
	'doc.blank': 'không ghi',
	'doc.blankNumber': 'không ghi số',
	/** Before the document and article under an exact quotation of a law (LawQuote). */
	'law.quote.from': 'Trích nguyên văn',
	'section.law.title': 'Luật và quyền trẻ em',
	'section.law.description':
		'Luật Trẻ em, các nghị định, chỉ thị, kế hoạch về bảo vệ trẻ em và ý nghĩa của chúng với gia đình, nhà trường, khu dân cư.',
	'section.law.intro':
		'Các trang dưới đây giải thích bằng lời dễ hiểu những quy định về quyền trẻ em và việc bảo vệ trẻ em. Mỗi trang ghi rõ nguồn.',
	'section.law.registry': 'Danh mục văn bản',
	'section.law.registryHint': 'Số hiệu, ngày, cơ quan ban hành và trích yếu của từng văn bản mà trang này dựa vào.',
	'registry.title': 'Danh mục văn bản',
	'registry.description':
		'Các văn bản pháp luật và hành chính mà trang này dựa vào: số hiệu, loại, cơ quan ban hành, ngày và trích yếu.',
	'registry.intro': 'Phần văn bản gốc để trống được ghi là “không ghi”; trang này không tự điền.',
	'registry.symbol': 'Số, ký hiệu',
	'registry.type': 'Loại',
	'registry.issuer': 'Cơ quan ban hành',
	'registry.issued': 'Ngày ban hành',
	'registry.effective': 'Ngày có hiệu lực',
	'registry.subject': 'Trích yếu',
	'registry.citedBy': 'Các trang dẫn văn bản này',
	'registry.citedByNone': 'Chưa có trang nào dẫn văn bản này.',
	'registry.mentionedIn': 'Được nhắc đến trong',
	'registry.verifiedBy': 'Nguồn đối chiếu',
	'registry.note': 'Lưu ý',
	'registry.level.quoc-te': 'Quốc tế',
	'registry.level.trung-uong': 'Trung ương',
	'registry.level.thanh-pho': 'Thành phố Hải Phòng',
	'registry.level.phuong-xa': 'Phường, xã',
} as const;
