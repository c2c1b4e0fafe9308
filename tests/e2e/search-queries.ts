// The query table of issue 7: what a Vietnamese reader types, with and without diacritics, and the
// page that must come in the first three results. Single words for the letter đ (a multi-word query
// hides a word the index lacks). Paths are relative to the site's base.
export interface Query {
	query: string;
	expect: string;
}

export const QUERIES: Query[] = [
	{ query: 'tổng đài', expect: 'tong-dai/' },
	{ query: 'tong dai', expect: 'tong-dai/' },
	{ query: '113', expect: 'tong-dai/' },
	{ query: '18006605', expect: 'tong-dai/' },
	{ query: 'thoát nhanh', expect: 'thoat-nhanh/' },
	{ query: 'thoat nhanh', expect: 'thoat-nhanh/' },
	{ query: 'ẩn danh', expect: 'xoa-dau-vet/' },
	{ query: 'an danh', expect: 'xoa-dau-vet/' },
	{ query: '56/2017', expect: 'phap-luat/van-ban/nd-quy-dinh-chi-tiet-luat-tre-em/' },
	{ query: 'nghi quyet 22', expect: 'phap-luat/van-ban/nq-hdnd-ho-tro-tre-em-hoan-canh-dac-biet/' },
];
