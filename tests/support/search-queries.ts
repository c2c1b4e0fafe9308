// The search query table: what children, parents, teachers and citizens type on a phone, and the
// pages that answer them. This table was written and committed BEFORE any of it was run against the
// search, and before the search was tuned; changes after that are listed at the end of the file.
//
// Each query says who types it, how (no diacritics, a typo, a question, slang, words the site does
// not use), which pages answer it (any of them in the first three results counts), whether it reads
// as a child in danger (the help box must come before the results), and whether no page answers it.
// Paths are relative to the site's base. The first 38 queries are the older đ and topic table.

export type Audience = 'child' | 'parent' | 'teacher' | 'citizen';
export type Style = 'plain' | 'no-marks' | 'typo' | 'question' | 'slang' | 'unused-word' | 'symbol' | 'number';

export interface Query {
	query: string;
	audience: Audience;
	/** Pages that answer the query; one of them must be in the first three results. Empty: no page
	 *  of the site answers it (then no result, or an honest "not on this site", is right). */
	expect: string[];
	style: Style[];
	/** Reads as a child in danger or in crisis: the help box (111, 113, 115) comes before the results. */
	danger?: boolean;
	/** Names a document symbol that is not in the registry: the search says so instead of showing look-alikes. */
	missingDocument?: boolean;
}

const G = (slug: string) => `ky-nang-an-toan/${slug}/`;
const L = (slug: string) => `phap-luat/${slug}/`;
const D = (id: string) => `phap-luat/van-ban/${id}/`;

const GOI_AI = 'goi-ai/';
const BAO_TIN = 'bao-tin/';
const TONG_DAI = 'tong-dai/';
const AI_LAM_GI = L('ai-lam-gi');
const LUAT_TRE_EM = L('luat-tre-em');
const HOAN_CANH = L('tre-em-hoan-canh-dac-biet');
const XAM_HAI_LAW = L('phong-chong-xam-hai');
const XAM_HAI = G('phong-chong-xam-hai-tinh-duc');
const DUOI_NUOC = G('phong-chong-duoi-nuoc');
const BAT_NAT = G('bao-luc-hoc-duong');
const TAM_THAN = G('suc-khoe-tam-than');
const MANG = G('an-toan-tren-mang');
const SO_CUU = G('so-cuu-ban-dau');
const TAI_NAN = G('phong-tranh-tai-nan-thuong-tich');
const THIEN_TAI = G('an-toan-khi-thien-tai');
const DINH_DUONG = G('dinh-duong');
const THUC_PHAM = G('an-toan-thuc-pham');
const GIOI_TINH = G('giao-duc-gioi-tinh');
const KY_NANG = G('ky-nang-song');
const THANG = 'thang-hanh-dong/';
const LICH = 'thang-hanh-dong/lich/';
const TAI_LIEU = 'tai-lieu/';
/** "Em đang gặp chuyện gì?" pages (added after the table was written; see the end of the file). */
const SIT = (slug: string) => `giup-em/${slug}/`;
const KHI_GOI = 'khi-em-goi-111/';

export const QUERIES: Query[] = [
	// ── The older table (đ typed as d, topics, symbols) ──────────────────────────────────────────
	{ query: 'tổng đài', audience: 'citizen', expect: [TONG_DAI], style: ['plain'] },
	{ query: 'tong dai', audience: 'citizen', expect: [TONG_DAI], style: ['no-marks'] },
	{ query: '111', audience: 'child', expect: [TONG_DAI], style: ['number'] },
	{ query: '113', audience: 'citizen', expect: [TONG_DAI], style: ['number'] },
	{ query: '18006605', audience: 'parent', expect: [TONG_DAI], style: ['number'] },
	{ query: 'duoi', audience: 'child', expect: [DUOI_NUOC], style: ['no-marks'] },
	{ query: 'duong', audience: 'teacher', expect: [BAT_NAT], style: ['no-marks'] },
	{ query: 'doan', audience: 'citizen', expect: [AI_LAM_GI], style: ['no-marks'] },
	{ query: 'dia', audience: 'citizen', expect: [AI_LAM_GI], style: ['no-marks'] },
	{ query: 'dong', audience: 'teacher', expect: [THANG], style: ['no-marks'] },
	{ query: 'dang', audience: 'citizen', expect: [AI_LAM_GI], style: ['no-marks'] },
	{ query: 'dieu', audience: 'citizen', expect: [LUAT_TRE_EM, L('quyen-va-bon-phan')], style: ['no-marks'] },
	{ query: 'do', audience: 'citizen', expect: [AI_LAM_GI], style: ['no-marks'] },
	{ query: 'dang ky khai sinh', audience: 'parent', expect: [AI_LAM_GI], style: ['no-marks'] },
	{ query: 'khai sinh', audience: 'parent', expect: [AI_LAM_GI], style: ['no-marks'] },
	{ query: 'me do dau', audience: 'citizen', expect: [AI_LAM_GI], style: ['no-marks'] },
	{ query: 'do dau', audience: 'citizen', expect: [AI_LAM_GI], style: ['no-marks'] },
	{ query: 'dia chi tin cay', audience: 'citizen', expect: [AI_LAM_GI], style: ['no-marks'] },
	{ query: 'tin cay', audience: 'citizen', expect: [AI_LAM_GI], style: ['no-marks'] },
	{
		query: 'bao luc gia dinh',
		audience: 'citizen',
		expect: [D('luat-phong-chong-bao-luc-gia-dinh')],
		style: ['no-marks'],
	},
	{ query: 'tre em khuyet tat', audience: 'parent', expect: [HOAN_CANH], style: ['no-marks'] },
	{ query: 'khuyet tat', audience: 'parent', expect: [HOAN_CANH], style: ['no-marks'] },
	{
		query: 'nghi quyet 22',
		audience: 'citizen',
		expect: [D('nq-hdnd-ho-tro-tre-em-hoan-canh-dac-biet')],
		style: ['no-marks', 'symbol'],
	},
	{ query: '56/2017', audience: 'citizen', expect: [D('nd-quy-dinh-chi-tiet-luat-tre-em')], style: ['symbol'] },
	{ query: 'Nghị định 80', audience: 'teacher', expect: [D('nd-moi-truong-giao-duc-an-toan')], style: ['symbol'] },
	{ query: 'đuối nước', audience: 'parent', expect: [DUOI_NUOC], style: ['plain'] },
	{ query: 'xâm hại', audience: 'citizen', expect: [XAM_HAI_LAW, XAM_HAI], style: ['plain'], danger: true },
	{ query: 'xam hai', audience: 'citizen', expect: [XAM_HAI_LAW, XAM_HAI], style: ['no-marks'], danger: true },
	{ query: 'bắt nạt', audience: 'child', expect: [BAT_NAT], style: ['plain'] },
	{ query: 'bat nat', audience: 'child', expect: [BAT_NAT], style: ['no-marks'] },
	{ query: 'sơ cứu', audience: 'parent', expect: [SO_CUU], style: ['plain'] },
	{ query: 'bong', audience: 'parent', expect: [SO_CUU, TAI_NAN], style: ['no-marks'] },
	{ query: 'lũ', audience: 'parent', expect: [THIEN_TAI], style: ['plain'] },
	{ query: 'tham van hoc duong', audience: 'teacher', expect: [TAM_THAN], style: ['no-marks'] },
	{ query: 'trung thu', audience: 'teacher', expect: [LICH], style: ['no-marks'] },
	{ query: 'thoat nhanh', audience: 'child', expect: ['thoat-nhanh/'], style: ['no-marks'] },
	{ query: 'ẩn danh', audience: 'child', expect: ['xoa-dau-vet/'], style: ['plain'] },
	{ query: 'an danh', audience: 'child', expect: ['xoa-dau-vet/'], style: ['no-marks'] },

	// ── Children: hurt, scared, typing fast on a phone ───────────────────────────────────────────
	{
		query: 'bị bố đánh',
		audience: 'child',
		expect: [GOI_AI, BAO_TIN, SIT('bi-danh-o-nha')],
		style: ['plain'],
		danger: true,
	},
	{
		query: 'bi bo danh',
		audience: 'child',
		expect: [GOI_AI, BAO_TIN, SIT('bi-danh-o-nha')],
		style: ['no-marks'],
		danger: true,
	},
	{
		query: 'bố em đánh em đau lắm phải làm sao',
		audience: 'child',
		expect: [GOI_AI, BAO_TIN, SIT('bi-danh-o-nha')],
		style: ['question'],
		danger: true,
	},
	{
		query: 'me danh em chay mau',
		audience: 'child',
		expect: [GOI_AI, BAO_TIN, SIT('bi-danh-o-nha')],
		style: ['no-marks'],
		danger: true,
	},
	{
		query: 'bị dượng sờ',
		audience: 'child',
		expect: [XAM_HAI, BAO_TIN, SIT('bi-cham-vung-rieng-tu')],
		style: ['plain', 'unused-word'],
		danger: true,
	},
	{
		query: 'bi so vung kin',
		audience: 'child',
		expect: [XAM_HAI, BAO_TIN, SIT('bi-cham-vung-rieng-tu')],
		style: ['no-marks', 'unused-word'],
		danger: true,
	},
	{
		query: 'chú hàng xóm sờ người em',
		audience: 'child',
		expect: [XAM_HAI, BAO_TIN, GOI_AI, SIT('bi-cham-vung-rieng-tu')],
		style: ['unused-word'],
		danger: true,
	},
	{
		query: 'bị hiếp',
		audience: 'child',
		expect: [XAM_HAI, BAO_TIN, GOI_AI, XAM_HAI_LAW, SIT('bi-cham-vung-rieng-tu')],
		style: ['unused-word'],
		danger: true,
	},
	{
		query: 'hiep dam',
		audience: 'child',
		expect: [XAM_HAI, BAO_TIN, GOI_AI, XAM_HAI_LAW, SIT('bi-cham-vung-rieng-tu')],
		style: ['no-marks', 'unused-word'],
		danger: true,
	},
	{
		query: 'tự tử',
		audience: 'child',
		expect: [TAM_THAN, SIT('em-muon-lam-hai-ban-than')],
		style: ['unused-word'],
		danger: true,
	},
	{
		query: 'tu tu',
		audience: 'child',
		expect: [TAM_THAN, SIT('em-muon-lam-hai-ban-than')],
		style: ['no-marks', 'unused-word'],
		danger: true,
	},
	{
		query: 'em muốn chết',
		audience: 'child',
		expect: [TAM_THAN, GOI_AI, SIT('em-muon-lam-hai-ban-than')],
		style: ['plain'],
		danger: true,
	},
	{
		query: 'muon chet',
		audience: 'child',
		expect: [TAM_THAN, GOI_AI, SIT('em-muon-lam-hai-ban-than')],
		style: ['no-marks'],
		danger: true,
	},
	{
		query: 'em buồn quá không muốn sống nữa',
		audience: 'child',
		expect: [TAM_THAN, GOI_AI, SIT('em-muon-lam-hai-ban-than')],
		style: ['question'],
		danger: true,
	},
	{
		query: 'tự làm đau mình',
		audience: 'child',
		expect: [TAM_THAN, SIT('em-muon-lam-hai-ban-than')],
		style: ['plain'],
		danger: true,
	},
	{
		query: 'rạch tay',
		audience: 'child',
		expect: [TAM_THAN, SIT('em-muon-lam-hai-ban-than')],
		style: ['slang', 'unused-word'],
		danger: true,
	},
	{
		query: 'có người dọa tung ảnh của em',
		audience: 'child',
		expect: [MANG, SIT('bi-doi-anh-tren-mang')],
		style: ['plain'],
		danger: true,
	},
	{
		query: 'bi doa tung anh nong',
		audience: 'child',
		expect: [MANG, SIT('bi-doi-anh-tren-mang')],
		style: ['no-marks', 'slang'],
		danger: true,
	},
	{
		query: 'bạn trên mạng bắt em gửi ảnh',
		audience: 'child',
		expect: [MANG, SIT('bi-doi-anh-tren-mang')],
		style: ['plain'],
		danger: true,
	},
	{ query: 'bị bắt nạt', audience: 'child', expect: [BAT_NAT, SIT('bi-ban-bat-nat')], style: ['plain'] },
	{
		query: 'bi ban danh o truong',
		audience: 'child',
		expect: [BAT_NAT, GOI_AI, SIT('bi-ban-bat-nat')],
		style: ['no-marks'],
		danger: true,
	},
	{ query: 'bị tẩy chay', audience: 'child', expect: [BAT_NAT, SIT('bi-ban-bat-nat')], style: ['unused-word'] },
	{ query: 'bị bạn chửi', audience: 'child', expect: [BAT_NAT, SIT('bi-ban-bat-nat')], style: ['unused-word'] },
	{
		query: 'bạn cùng lớp bắt nạt em phải làm sao ạ',
		audience: 'child',
		expect: [BAT_NAT, SIT('bi-ban-bat-nat')],
		style: ['question'],
	},
	{ query: 'bắt nạt trên mạng', audience: 'child', expect: [MANG], style: ['plain'] },
	{ query: 'số điện thoại bảo vệ trẻ em', audience: 'child', expect: [TONG_DAI, GOI_AI], style: ['plain'] },
	{ query: 'gọi 111 có mất tiền không', audience: 'child', expect: [TONG_DAI, KHI_GOI], style: ['question'] },
	{
		query: 'goi ai khi bi danh',
		audience: 'child',
		expect: [GOI_AI, SIT('bi-danh-o-nha')],
		style: ['no-marks', 'question'],
		danger: true,
	},
	{ query: 'thoát nhanh là gì', audience: 'child', expect: ['thoat-nhanh/'], style: ['question'] },
	{ query: 'xoa lich su', audience: 'child', expect: ['xoa-dau-vet/'], style: ['no-marks'] },
	{ query: 'duoi nuoc', audience: 'child', expect: [DUOI_NUOC], style: ['no-marks'] },
	{ query: 'tắm sông', audience: 'child', expect: [DUOI_NUOC], style: ['plain'] },
	{ query: 'bị bỏng phải làm gì', audience: 'child', expect: [SO_CUU], style: ['question'] },
	{ query: 'bong nuoc soi', audience: 'child', expect: [SO_CUU, TAI_NAN], style: ['no-marks'] },
	{
		query: 'trẻ em có quyền gì',
		audience: 'child',
		expect: [LUAT_TRE_EM, L('cong-uoc-quyen-tre-em'), L('quyen-va-bon-phan')],
		style: ['question'],
	},
	{
		query: 'em buồn',
		audience: 'child',
		expect: [TAM_THAN, GOI_AI, SIT('em-muon-lam-hai-ban-than')],
		style: ['plain'],
	},
	{ query: 'em sợ không dám kể với ai', audience: 'child', expect: [GOI_AI, BAO_TIN, TAM_THAN], style: ['plain'] },
	{ query: 'bị bắt cóc', audience: 'child', expect: [GOI_AI, LUAT_TRE_EM], style: ['plain'], danger: true },
	{
		query: 'bi ep lay chong',
		audience: 'child',
		expect: [LUAT_TRE_EM, SIT('bi-ep-bo-hoc-lay-chong')],
		style: ['no-marks', 'unused-word'],
		danger: true,
	},
	{ query: 'dậy thì', audience: 'child', expect: [GIOI_TINH], style: ['plain'] },
	{ query: 'xâm hạu', audience: 'child', expect: [XAM_HAI_LAW, XAM_HAI], style: ['typo'], danger: true },
	{ query: 'bắt nạy', audience: 'child', expect: [BAT_NAT], style: ['typo'] },
	{ query: 'duoi nuco', audience: 'child', expect: [DUOI_NUOC], style: ['no-marks', 'typo'] },
	{ query: 'tong daii', audience: 'child', expect: [TONG_DAI], style: ['typo'] },
	{ query: 'lu lut', audience: 'child', expect: [THIEN_TAI], style: ['no-marks'] },
	{
		query: 'ko dám về nhà',
		audience: 'child',
		expect: [GOI_AI, BAO_TIN, SIT('bi-danh-o-nha'), SIT('bi-bo-roi-khong-cho-o')],
		style: ['slang'],
		danger: true,
	},
	{ query: 'người lạ nhắn tin làm quen', audience: 'child', expect: [MANG], style: ['plain'] },

	// ── Parents ──────────────────────────────────────────────────────────────────────────────────
	{ query: 'con bị bắt nạt ở trường phải làm sao', audience: 'parent', expect: [BAT_NAT], style: ['question'] },
	{
		query: 'con toi bi ban danh',
		audience: 'parent',
		expect: [BAT_NAT, GOI_AI, SIT('bi-ban-bat-nat')],
		style: ['no-marks'],
		danger: true,
	},
	{ query: 'dấu hiệu trẻ bị xâm hại', audience: 'parent', expect: [XAM_HAI], style: ['plain'], danger: true },
	{
		query: 'dau hieu tre bi xam hai tinh duc',
		audience: 'parent',
		expect: [XAM_HAI],
		style: ['no-marks'],
		danger: true,
	},
	{ query: 'dạy con về cơ thể', audience: 'parent', expect: [XAM_HAI], style: ['plain'] },
	{ query: 'quy tắc đồ lót', audience: 'parent', expect: [XAM_HAI], style: ['plain'] },
	{ query: 'PANTS', audience: 'parent', expect: [XAM_HAI], style: ['plain'] },
	{ query: 'con nghiện điện thoại', audience: 'parent', expect: [MANG], style: ['plain'] },
	{ query: 'kiem soat cua phu huynh', audience: 'parent', expect: [MANG], style: ['no-marks'] },
	{ query: 'con chơi game nhiều quá', audience: 'parent', expect: [MANG], style: ['unused-word'] },
	{ query: 'con bị tống tiền ảnh nóng', audience: 'parent', expect: [MANG], style: ['slang'], danger: true },
	{ query: 'trẻ đuối nước sơ cứu thế nào', audience: 'parent', expect: [SO_CUU, DUOI_NUOC], style: ['question'] },
	{ query: 'xốc nước', audience: 'parent', expect: [DUOI_NUOC, SO_CUU], style: ['plain'] },
	{ query: 'day con boi', audience: 'parent', expect: [DUOI_NUOC], style: ['no-marks'] },
	{ query: 'áo phao', audience: 'parent', expect: [DUOI_NUOC, THIEN_TAI], style: ['plain'] },
	{ query: 'con bi bong', audience: 'parent', expect: [SO_CUU], style: ['no-marks'] },
	{ query: 'ngộ độc', audience: 'parent', expect: [TAI_NAN], style: ['plain'] },
	{ query: 'đội mũ bảo hiểm cho trẻ', audience: 'parent', expect: [TAI_NAN], style: ['plain'] },
	{ query: 'con ngã cầu thang', audience: 'parent', expect: [TAI_NAN], style: ['plain'] },
	{ query: 'suy dinh duong', audience: 'parent', expect: [DINH_DUONG], style: ['no-marks'] },
	{ query: 'con biếng ăn', audience: 'parent', expect: [DINH_DUONG], style: ['unused-word'] },
	{ query: 'con buồn chán không muốn đi học', audience: 'parent', expect: [TAM_THAN, BAT_NAT], style: ['plain'] },
	{ query: 'trầm cảm ở trẻ', audience: 'parent', expect: [TAM_THAN], style: ['plain'] },
	{ query: 'tram cam', audience: 'parent', expect: [TAM_THAN], style: ['no-marks'] },
	{ query: 'giáo dục giới tính cho con', audience: 'parent', expect: [GIOI_TINH], style: ['plain'] },
	{ query: 'làm giấy khai sinh cho con ở đâu', audience: 'parent', expect: [AI_LAM_GI], style: ['question'] },
	{ query: 'trẻ mồ côi được hỗ trợ gì', audience: 'parent', expect: [HOAN_CANH], style: ['question'] },
	{ query: 'tre mo coi', audience: 'parent', expect: [HOAN_CANH], style: ['no-marks'] },
	{ query: 'bữa ăn bán trú', audience: 'parent', expect: [THUC_PHAM], style: ['plain'] },
	{ query: 'chuẩn bị gì khi có bão', audience: 'parent', expect: [THIEN_TAI], style: ['question'] },
	{ query: 'con sợ sau bão lũ', audience: 'parent', expect: [THIEN_TAI], style: ['plain'] },
	{
		query: 'con kể bị người quen sờ soạng',
		audience: 'parent',
		expect: [XAM_HAI, BAO_TIN],
		style: ['unused-word'],
		danger: true,
	},
	{ query: 'nói chuyện với con thế nào', audience: 'parent', expect: [TAM_THAN, XAM_HAI], style: ['question'] },
	{ query: 'con bị dụ dỗ trên mạng', audience: 'parent', expect: [MANG], style: ['plain'], danger: true },
	{ query: 'con toi bi bat nat tren facebook', audience: 'parent', expect: [MANG], style: ['no-marks', 'unused-word'] },
	{ query: 'tiêm vi chất', audience: 'parent', expect: [DINH_DUONG], style: ['plain'] },
	{ query: 'cha mẹ cần biết gì', audience: 'parent', expect: ['danh-cho/cha-me/'], style: ['question'] },

	// ── Teachers ─────────────────────────────────────────────────────────────────────────────────
	{ query: 'tháng hành động vì trẻ em', audience: 'teacher', expect: [THANG], style: ['plain'] },
	{ query: 'thang hanh dong 2025', audience: 'teacher', expect: ['thang-hanh-dong/2025/'], style: ['no-marks'] },
	{
		query: 'chủ đề tháng hành động năm 2024',
		audience: 'teacher',
		expect: ['thang-hanh-dong/2024/'],
		style: ['plain'],
	},
	{ query: 'áp phích tổng đài', audience: 'teacher', expect: [TAI_LIEU], style: ['plain'] },
	{ query: 'poster 111', audience: 'teacher', expect: [TAI_LIEU], style: ['unused-word'] },
	{ query: 'tờ rơi để in', audience: 'teacher', expect: [TAI_LIEU], style: ['plain'] },
	{ query: 'tai lieu in', audience: 'teacher', expect: [TAI_LIEU], style: ['no-marks'] },
	{ query: 'ngày quốc tế thiếu nhi', audience: 'teacher', expect: [LICH], style: ['plain'] },
	{ query: 'lịch các ngày vì trẻ em', audience: 'teacher', expect: [LICH], style: ['plain'] },
	{
		query: 'môi trường giáo dục an toàn',
		audience: 'teacher',
		expect: [D('nd-moi-truong-giao-duc-an-toan'), BAT_NAT],
		style: ['plain'],
	},
	{
		query: 'học sinh bị bạo lực học đường giáo viên làm gì',
		audience: 'teacher',
		expect: [BAT_NAT],
		style: ['question'],
	},
	{ query: 'hòm thư', audience: 'teacher', expect: [BAT_NAT], style: ['plain'] },
	{ query: 'ky luat tich cuc', audience: 'teacher', expect: [BAT_NAT], style: ['no-marks'] },
	{ query: 'tu van tam ly hoc duong', audience: 'teacher', expect: [TAM_THAN], style: ['no-marks'] },
	{ query: 'học sinh có ý định tự tử', audience: 'teacher', expect: [TAM_THAN], style: ['unused-word'], danger: true },
	{
		query: 'học sinh kể bị xâm hại thầy cô làm gì',
		audience: 'teacher',
		expect: [XAM_HAI, BAO_TIN],
		style: ['question'],
		danger: true,
	},
	{ query: 'dạy kỹ năng sống', audience: 'teacher', expect: [KY_NANG], style: ['plain'] },
	{ query: 'ky nang tu bao ve', audience: 'teacher', expect: [KY_NANG], style: ['no-marks'] },
	{ query: 'sức khỏe sinh sản vị thành niên', audience: 'teacher', expect: [GIOI_TINH], style: ['plain'] },
	{
		query: 'công văn sở giáo dục bảo vệ trẻ em 2025',
		audience: 'teacher',
		expect: [D('sgddt-cv-bao-ve-cham-soc-tre-em-2025')],
		style: ['plain'],
	},
	{
		query: 'kế hoạch 365',
		audience: 'teacher',
		expect: [D('thanh-uy-kh-thuc-hien-chi-thi-cham-soc-tre-em')],
		style: ['symbol'],
	},
	{ query: '66/KH-SYT', audience: 'teacher', expect: [D('syt-kh-bao-ve-cham-soc-tre-em-2025')], style: ['symbol'] },
	{
		query: 'công ước quyền trẻ em',
		audience: 'teacher',
		expect: [L('cong-uoc-quyen-tre-em'), D('cong-uoc-quyen-tre-em')],
		style: ['plain'],
	},
	{ query: 'phòng đuối nước cho học sinh dịp hè', audience: 'teacher', expect: [DUOI_NUOC], style: ['plain'] },
	{ query: 'an toan thuc pham bep an', audience: 'teacher', expect: [THUC_PHAM], style: ['no-marks'] },
	{ query: 'ba cấp độ bảo vệ trẻ em', audience: 'teacher', expect: [L('ba-cap-do-bao-ve')], style: ['plain'] },
	{ query: 'phong ngua ho tro can thiep', audience: 'teacher', expect: [L('ba-cap-do-bao-ve')], style: ['no-marks'] },
	{ query: 'tài liệu cho giáo viên', audience: 'teacher', expect: ['danh-cho/giao-vien/', TAI_LIEU], style: ['plain'] },
	{ query: 'học sinh hay nghỉ học buồn bã', audience: 'teacher', expect: [TAM_THAN, BAT_NAT], style: ['plain'] },
	{ query: 'dấu hiệu học sinh bị bắt nạt', audience: 'teacher', expect: [BAT_NAT], style: ['plain'] },
	{
		query: 'giáo án phòng chống xâm hại',
		audience: 'teacher',
		expect: [XAM_HAI],
		style: ['unused-word'],
		danger: true,
	},
	{ query: 'day hoc sinh an toan tren mang', audience: 'teacher', expect: [MANG], style: ['no-marks'] },

	// ── Citizens ─────────────────────────────────────────────────────────────────────────────────
	{
		query: 'báo tin trẻ bị bạo hành',
		audience: 'citizen',
		expect: [BAO_TIN, GOI_AI],
		style: ['unused-word'],
		danger: true,
	},
	{
		query: 'bao hanh tre em',
		audience: 'citizen',
		expect: [BAO_TIN, GOI_AI, LUAT_TRE_EM],
		style: ['no-marks', 'unused-word'],
		danger: true,
	},
	{ query: 'hàng xóm đánh con dã man', audience: 'citizen', expect: [GOI_AI, BAO_TIN], style: ['slang'], danger: true },
	{ query: 'tố giác xâm hại trẻ em', audience: 'citizen', expect: [BAO_TIN], style: ['plain'], danger: true },
	{ query: 'to giac', audience: 'citizen', expect: [BAO_TIN], style: ['no-marks'] },
	{ query: 'thấy trẻ bị đánh gọi số nào', audience: 'citizen', expect: [GOI_AI], style: ['question'], danger: true },
	{ query: 'số khẩn cấp', audience: 'citizen', expect: [TONG_DAI], style: ['plain'] },
	{ query: 'cấp cứu', audience: 'citizen', expect: [TONG_DAI, GOI_AI, SO_CUU], style: ['plain'] },
	{ query: '1800 6605', audience: 'citizen', expect: [TONG_DAI], style: ['number'] },
	{ query: 'tổng đài 111 có miễn phí không', audience: 'citizen', expect: [TONG_DAI, KHI_GOI], style: ['question'] },
	{ query: 'trẻ bị bỏ rơi', audience: 'citizen', expect: [GOI_AI, HOAN_CANH, BAO_TIN], style: ['plain'] },
	{ query: 'tre lang thang', audience: 'citizen', expect: [HOAN_CANH], style: ['no-marks', 'unused-word'] },
	{
		query: 'trẻ em bị bóc lột sức lao động',
		audience: 'citizen',
		expect: [LUAT_TRE_EM, HOAN_CANH, L('quyen-va-bon-phan')],
		style: ['plain'],
		danger: true,
	},
	{
		query: 'mua bán trẻ em',
		audience: 'citizen',
		expect: [LUAT_TRE_EM, XAM_HAI_LAW, HOAN_CANH, L('quyen-va-bon-phan')],
		style: ['plain'],
		danger: true,
	},
	{
		query: 'buon ban tre em',
		audience: 'citizen',
		expect: [LUAT_TRE_EM, XAM_HAI_LAW, HOAN_CANH, L('quyen-va-bon-phan')],
		style: ['no-marks', 'unused-word'],
		danger: true,
	},
	{ query: 'luật trẻ em 2016', audience: 'citizen', expect: [LUAT_TRE_EM, D('luat-tre-em')], style: ['plain'] },
	{ query: 'bao nhiêu tuổi là trẻ em', audience: 'citizen', expect: [LUAT_TRE_EM], style: ['question'] },
	{ query: 'hành vi bị nghiêm cấm', audience: 'citizen', expect: [LUAT_TRE_EM], style: ['plain'] },
	{
		query: 'luật phòng chống bạo lực gia đình',
		audience: 'citizen',
		expect: [D('luat-phong-chong-bao-luc-gia-dinh')],
		style: ['plain'],
	},
	{
		query: 'người chưa thành niên phạm tội',
		audience: 'citizen',
		expect: [L('luat-tu-phap-nguoi-chua-thanh-nien')],
		style: ['plain'],
	},
	{
		query: 'tu phap nguoi chua thanh nien',
		audience: 'citizen',
		expect: [L('luat-tu-phap-nguoi-chua-thanh-nien'), D('luat-tu-phap-nguoi-chua-thanh-nien')],
		style: ['no-marks'],
	},
	{
		query: 'Nghị định 56/2017/NĐ-CP',
		audience: 'citizen',
		expect: [D('nd-quy-dinh-chi-tiet-luat-tre-em')],
		style: ['symbol'],
	},
	{ query: 'luật 102/2016', audience: 'citizen', expect: [D('luat-tre-em')], style: ['symbol'] },
	{
		query: 'chỉ thị 28',
		audience: 'citizen',
		expect: [D('ct-bo-chinh-tri-cham-soc-giao-duc-bao-ve-tre-em')],
		style: ['symbol'],
	},
	{ query: 'QĐ 2058', audience: 'citizen', expect: [], style: ['symbol'], missingDocument: true },
	{ query: 'nghị định 999/2020', audience: 'citizen', expect: [], style: ['symbol'], missingDocument: true },
	{ query: 'thong tu 45/2030', audience: 'citizen', expect: [], style: ['symbol', 'no-marks'], missingDocument: true },
	{ query: 'ai lo việc bảo vệ trẻ em ở phường', audience: 'citizen', expect: [AI_LAM_GI], style: ['question'] },
	{ query: 'tổ trưởng tổ dân phố', audience: 'citizen', expect: [AI_LAM_GI], style: ['plain'] },
	{
		query: 'phuong viet hoa',
		audience: 'citizen',
		expect: [AI_LAM_GI, D('ubnd-viet-hoa-cv-tre-em-hoan-canh-dac-biet-2026')],
		style: ['no-marks'],
	},
	{ query: 'trẻ em hoàn cảnh khó khăn', audience: 'citizen', expect: [HOAN_CANH], style: ['unused-word'] },
	{ query: 'ho ngheo', audience: 'citizen', expect: [HOAN_CANH], style: ['no-marks'] },
	{ query: 'trẻ em nghiện ma túy', audience: 'citizen', expect: [HOAN_CANH], style: ['plain'] },
	{ query: 'trẻ nhiễm HIV', audience: 'citizen', expect: [HOAN_CANH], style: ['plain'] },
	{
		query: 'người dân làm gì để bảo vệ trẻ em',
		audience: 'citizen',
		expect: ['danh-cho/nguoi-dan/', XAM_HAI_LAW, BAO_TIN],
		style: ['question'],
	},
	{
		query: 'thấy trẻ con bị nhốt trong nhà',
		audience: 'citizen',
		expect: [GOI_AI, BAO_TIN],
		style: ['unused-word'],
		danger: true,
	},
	{ query: 'trẻ em tảo hôn', audience: 'citizen', expect: [LUAT_TRE_EM], style: ['plain'] },
	{ query: 'tao hon', audience: 'citizen', expect: [LUAT_TRE_EM], style: ['no-marks'] },
	{
		query: 'ủy ban nhân dân xã phường có trách nhiệm gì',
		audience: 'citizen',
		expect: [AI_LAM_GI],
		style: ['question'],
	},
	{ query: 'tuyển sinh lớp 10', audience: 'citizen', expect: [], style: ['plain'] },
	{ query: 'hoc bong cho hoc sinh ngheo', audience: 'parent', expect: [], style: ['no-marks'] },
];

// ── Changes after the table was first run (the queries and their first answers are unchanged) ──
// After main was merged in, the "Em đang gặp chuyện gì?" pages (/giup-em/…), "Khi em gọi 111" and the
// law page "Quyền và bổn phận của trẻ em" existed; they did not when the table was written. They were
// added as further answers where they answer the query: the situation page for each child's query in
// danger (hit at home, touched, self-harm, photos demanded, bullied, forced to marry, no place to
// stay), "Khi em gọi 111" for the two questions about the cost of calling 111, "Quyền và bổn phận"
// for the rights, the prohibited acts and "dieu" (Điều). No query was removed and no first answer
// changed.
