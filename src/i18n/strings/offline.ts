// UI strings: the offline copy ("Lưu để đọc khi mất mạng", components/offline/).
export const offline = {
	'offline.title': 'Đọc khi mất mạng',
	'offline.what':
		'Bấm “Lưu để đọc khi mất mạng”, điện thoại này giữ một bản các trang số điện thoại, trang trợ giúp, trang dành cho em, hướng dẫn an toàn, tài liệu in (PDF) và bộ tìm kiếm (khoảng {size}) để đọc cả khi mất mạng. Bản lưu tự cập nhật.',
	'offline.trace':
		'Lưu ý: bản lưu là một dấu vết trên máy, người dùng chung máy có thể thấy nó trong cài đặt của trình duyệt. Bấm “Xóa bản lưu” để xóa.',
	'offline.removeIntro':
		'Nếu trước đây bạn đã bấm “Lưu để đọc khi mất mạng”, điện thoại này đang giữ một bản của trang web. Bấm “Xóa bản lưu” để xóa hết bản lưu đó.',
	'offline.save': 'Lưu để đọc khi mất mạng',
	'offline.remove': 'Xóa bản lưu',
	'offline.status.none': 'Điện thoại này không giữ bản lưu nào của trang web.',
	'offline.status.saving': 'Đang lưu: {done} trên {total} tệp. Bạn cứ đọc tiếp trong lúc chờ.',
	'offline.status.saved': 'Điện thoại này đang giữ bản lưu để đọc khi mất mạng ({size}).',
	'offline.status.removed': 'Đã xóa bản lưu. Trang web không còn giữ gì trên điện thoại này.',
	'offline.status.failed': 'Chưa lưu được, có thể vì mạng bị ngắt. Không có gì được giữ lại. Bạn thử lại khi có mạng.',
	'offline.status.unsupported': 'Trình duyệt này không lưu được trang để đọc khi mất mạng.',
} as const;
