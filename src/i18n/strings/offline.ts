// UI strings: the offline copy ("Lưu để đọc khi mất mạng", components/offline/).
export const offline = {
	'offline.title': 'Đọc khi mất mạng',
	'offline.what':
		'Khi bạn bấm “Lưu để đọc khi mất mạng”, điện thoại này tải về và giữ một bản của: trang các số điện thoại trợ giúp, các trang trợ giúp, các trang dành cho em, mọi hướng dẫn an toàn, tài liệu in và bộ tìm kiếm (khoảng {size}). Khi mất mạng, bạn vẫn mở được các trang đó. Bản lưu tự cập nhật khi trang web thay đổi.',
	'offline.trace':
		'Lưu ý: bản lưu là một dấu vết trên điện thoại này. Người dùng chung máy có thể thấy nó trong phần cài đặt của trình duyệt (dữ liệu của các trang web). Khi không cần nữa, bạn bấm “Xóa bản lưu”. Nếu bạn không bấm lưu, trang web không giữ gì trên máy.',
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
