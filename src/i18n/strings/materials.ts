// UI strings: the materials library and the words the generated materials put around content data.
export const materials = {
	'section.materials.title': 'Tài liệu in',
	'section.materials.description':
		'Tờ rơi, áp phích, băng rôn, bài tuyên truyền, bài trình chiếu, câu hỏi và ảnh để chia sẻ, tạo từ cùng dữ liệu với trang web.',
	'section.materials.intro':
		'Tài liệu để in, để chiếu trên lớp và để chia sẻ, tạo từ cùng dữ liệu với trang web nên số điện thoại, các bước và chủ đề luôn khớp. Bạn cũng có thể in bất kỳ hướng dẫn nào ngay từ trình duyệt.',

	// The library page.
	'materials.filter': 'Lọc tài liệu',
	'materials.filter.kind': 'Loại',
	'materials.filter.reset': 'Xóa bộ lọc',
	'materials.filter.count': 'Đang hiện {shown} / {total} tài liệu.',
	'materials.filter.none': 'Không có tài liệu nào khớp với bộ lọc này. Bấm "Xóa bộ lọc" để xem lại tất cả.',
	'materials.group.kit': 'Tháng hành động vì trẻ em năm {year}',
	'materials.group.kitIntro':
		'Áp phích và băng rôn của năm {year}. Bài tuyên truyền, bài trình chiếu và câu hỏi của từng chủ đề ở ngay bên dưới.',
	'materials.group.hotlines': 'Số điện thoại cần nhớ',
	'materials.group.guide': '{title}',
	'materials.group.past': 'Tháng hành động các năm trước',
	'materials.previewBox': 'Cần giúp đỡ? Gọi ngay',
	'materials.download': 'Tải về',
	'materials.downloadFile': 'Tải về ({format}, {size})',
	'materials.readGuide': 'Đọc hướng dẫn đầy đủ',
	'materials.leaflet': 'Tải tờ rơi để in (PDF, {size})',
	'materials.kitLink': 'Bài tuyên truyền, trình chiếu và câu hỏi cho lớp học',
	'materials.facts.pdf': 'PDF, khổ {paper}, {pages} trang, {size}',
	'materials.facts.banner': 'PDF, băng rôn tỉ lệ 5:1, {size}',
	'materials.facts.docx': 'Word (.docx), khổ A4, đọc khoảng {minutes} phút, {size}',
	'materials.facts.talkPdf': 'PDF, khổ A4, {pages} trang, đọc khoảng {minutes} phút, {size}',
	'materials.facts.pptx': 'PowerPoint (.pptx), {pages} trang chiếu, {size}',
	'materials.facts.png': 'Ảnh PNG {width} × {height}, {size}',

	// The Action Month kit on the hubs.
	'materials.kit.title': 'Bộ tài liệu Tháng hành động vì trẻ em năm {year}',
	'materials.kit.intro':
		'Áp phích và băng rôn để in cho tháng 6. Mỗi hướng dẫn an toàn còn có bài tuyên truyền dưới cờ, bài trình chiếu và câu hỏi đúng – sai cho lớp học.',
	'materials.kit.classroom': 'Tài liệu cho lớp học: bài tuyên truyền, trình chiếu, câu hỏi',

	// Kinds, as readers call them.
	'materials.kind.leaflet': 'Tờ rơi',
	'materials.kind.poster': 'Áp phích',
	'materials.kind.banner': 'Băng rôn',
	'materials.kind.cards': 'Thẻ số điện thoại',
	'materials.kind.talk': 'Bài tuyên truyền dưới cờ',
	'materials.kind.slides': 'Bài trình chiếu',
	'materials.kind.quiz': 'Câu hỏi đúng – sai',
	'materials.kind.share-image': 'Ảnh để chia sẻ',

	// Words printed around the data.
	'materials.print.callNow': 'Cần giúp đỡ? Gọi ngay:',
	'materials.print.scan': 'Quét mã để đọc trên điện thoại',
	'materials.print.free': 'Không mất tiền, 24 giờ mỗi ngày ({cite}).',
	'materials.print.readMore': 'Đọc bài đầy đủ, có nguồn của từng bước:',
	'materials.print.updated': 'Cập nhật: {date}',
	'materials.print.producer': 'Bảo vệ trẻ em Hải Phòng (pdf-lib)',
	'materials.print.leafletTitle': '{title}: tờ rơi',
	'materials.poster.hotlinesTitle': 'Số điện thoại bảo vệ trẻ em',
	'materials.poster.hotlinesSubject': 'Áp phích: hai tổng đài bảo vệ, chăm sóc trẻ em và các số khẩn cấp',
	'materials.poster.emergency': 'Khi có nguy hiểm ngay lúc này, gọi:',
	'materials.poster.themeOfYear': 'Chủ đề năm {year}',
	'materials.poster.messages': 'Khẩu hiệu năm {year}',
	'materials.poster.dates': 'Từ {start} đến {end}',
	'materials.poster.learn': 'Học cách giữ an toàn:',
	'materials.poster.sources': 'Nguồn: {sources}',
	'materials.banner.callLine': 'Khi trẻ em cần giúp đỡ, hãy gọi',
	'materials.cards.subject': 'Mười thẻ cỡ danh thiếp trên một tờ A4, có dấu cắt',

	// The flag-ceremony talk.
	'materials.talk.heading': 'Bài tuyên truyền dưới cờ',
	'materials.talk.length': 'Đọc khoảng {minutes} phút.',
	'materials.talk.greeting': 'Kính thưa các thầy cô giáo, thân mến các em học sinh!',
	'materials.talk.topic': 'Hôm nay, chúng ta cùng nói về: {title}.',
	'materials.talk.remember': 'Các em hãy nhớ những điều sau.',
	'materials.talk.adults': 'Thưa các thầy cô, nhà trường có thể cùng làm những việc sau.',
	'materials.talk.mythIntro': 'Có một số điều nhiều người hiểu sai.',
	'materials.talk.myth': 'Có người nghĩ: “{myth}”',
	'materials.talk.truth': 'Thực ra: {truth}',
	'materials.talk.call': 'Khi cần giúp đỡ, các em hãy nhớ những số điện thoại này:',
	'materials.talk.callLine': '{number}: {name}.',
	'materials.talk.closing': 'Cảm ơn các thầy cô và các em đã lắng nghe.',
	'materials.talk.sources': 'Nguồn của bài (để thầy cô tham khảo)',
	'materials.talk.readOnline': 'Bài đầy đủ trên trang web: {address}',
	'materials.talk.editNote':
		'Thầy cô có thể sửa lời chào, thêm tên trường, nhưng xin giữ nguyên các bước và số điện thoại.',

	// The slides.
	'materials.slides.remember': 'Em cần nhớ',
	'materials.slides.myths': 'Hiểu đúng – hiểu sai',
	'materials.slides.call': 'Khi cần giúp đỡ, hãy gọi',
	'materials.slides.sources': 'Nguồn',

	// The true/false quiz.
	'materials.quiz.heading': 'Câu hỏi đúng – sai',
	'materials.quiz.instructions': 'Đọc từng câu. Đánh dấu vào ô Đ nếu câu đó đúng, ô S nếu câu đó sai.',
	'materials.quiz.name': 'Họ và tên: ………………………………………   Lớp: ……………',
	'materials.quiz.true': 'Đ',
	'materials.quiz.false': 'S',
	'materials.quiz.why': 'Vì sao em nghĩ vậy?',
	'materials.quiz.keyTrue': 'Đúng.',
	'materials.quiz.keyFalse': 'Sai.',
	'materials.quiz.keyFor': 'Dành cho thầy cô: đáp án và giải thích',

	// Images to share and link previews.
	'materials.image.call': 'Gọi {number}',
	'materials.og.alt': '{title}. Bảo vệ trẻ em Hải Phòng. Gọi {number}: {name}.',
} as const;
