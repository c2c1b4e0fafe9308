// The query table of issue 7: what a Vietnamese reader types, with and without diacritics, and the
// page that must come in the first three results. Single words for the letter đ (a multi-word query
// hides a word the index lacks), each phrase also by its specific words alone. Paths are relative to
// the site's base. Expectations are what a reader means, set before looking at the ranking.
export interface Query {
	query: string;
	expect: string;
}

const AI_LAM_GI = 'phap-luat/ai-lam-gi/';

export const QUERIES: Query[] = [
	// Hotlines and numbers
	{ query: 'tổng đài', expect: 'tong-dai/' },
	{ query: 'tong dai', expect: 'tong-dai/' },
	{ query: '111', expect: 'tong-dai/' },
	{ query: '113', expect: 'tong-dai/' },
	{ query: '18006605', expect: 'tong-dai/' },
	// Single words with đ, typed without it
	{ query: 'duoi', expect: 'ky-nang-an-toan/phong-chong-duoi-nuoc/' },
	{ query: 'duong', expect: 'ky-nang-an-toan/bao-luc-hoc-duong/' },
	{ query: 'doan', expect: AI_LAM_GI },
	{ query: 'dia', expect: AI_LAM_GI },
	{ query: 'dong', expect: 'thang-hanh-dong/' },
	{ query: 'dang', expect: AI_LAM_GI },
	{ query: 'dieu', expect: 'phap-luat/luat-tre-em/' },
	{ query: 'do', expect: AI_LAM_GI },
	// Phrases, and their specific words alone
	{ query: 'dang ky khai sinh', expect: AI_LAM_GI },
	{ query: 'khai sinh', expect: AI_LAM_GI },
	{ query: 'me do dau', expect: AI_LAM_GI },
	{ query: 'do dau', expect: AI_LAM_GI },
	{ query: 'dia chi tin cay', expect: AI_LAM_GI },
	{ query: 'tin cay', expect: AI_LAM_GI },
	{ query: 'bao luc gia dinh', expect: 'phap-luat/van-ban/luat-phong-chong-bao-luc-gia-dinh/' },
	{ query: 'tre em khuyet tat', expect: 'phap-luat/tre-em-hoan-canh-dac-biet/' },
	{ query: 'khuyet tat', expect: 'phap-luat/tre-em-hoan-canh-dac-biet/' },
	{ query: 'nghi quyet 22', expect: 'phap-luat/van-ban/nq-hdnd-ho-tro-tre-em-hoan-canh-dac-biet/' },
	// Document symbols
	{ query: '56/2017', expect: 'phap-luat/van-ban/nd-quy-dinh-chi-tiet-luat-tre-em/' },
	{ query: 'Nghị định 80', expect: 'phap-luat/van-ban/nd-moi-truong-giao-duc-an-toan/' },
	// Topics, with and without diacritics
	{ query: 'đuối nước', expect: 'ky-nang-an-toan/phong-chong-duoi-nuoc/' },
	{ query: 'xâm hại', expect: 'phap-luat/phong-chong-xam-hai/' },
	{ query: 'xam hai', expect: 'phap-luat/phong-chong-xam-hai/' },
	{ query: 'bắt nạt', expect: 'ky-nang-an-toan/bao-luc-hoc-duong/' },
	{ query: 'bat nat', expect: 'ky-nang-an-toan/bao-luc-hoc-duong/' },
	{ query: 'sơ cứu', expect: 'ky-nang-an-toan/so-cuu-ban-dau/' },
	{ query: 'bong', expect: 'ky-nang-an-toan/so-cuu-ban-dau/' },
	{ query: 'lũ', expect: 'ky-nang-an-toan/an-toan-khi-thien-tai/' },
	{ query: 'tham van hoc duong', expect: 'ky-nang-an-toan/suc-khoe-tam-than/' },
	{ query: 'trung thu', expect: 'thang-hanh-dong/lich/' },
	{ query: 'thoat nhanh', expect: 'thoat-nhanh/' },
	{ query: 'ẩn danh', expect: 'xoa-dau-vet/' },
	{ query: 'an danh', expect: 'xoa-dau-vet/' },
];
