// The help box's words (content/search-crisis.yaml, components/search/crisis.ts): every phrase matches
// as listed, without diacritics, with a typo, and typed in Telex with the Vietnamese keyboard off; the
// child-voiced queries of the reviews match; everyday queries do not.
import { test, expect } from 'vitest';
import { aboutOthers, matchCrisis } from '../../src/components/search/crisis.ts';
import { fold, queryWords } from '../../src/components/search/fold.ts';
import { TELEX_LETTERS } from '../../src/components/search/typo.ts';
import { searchData } from '../support/search-data.ts';

const { crisis } = searchData();
const match = (q: string) => matchCrisis(q, crisis);

/** A phrase as Telex keys: "tự tử" → "tuwj tuwr". */
function toTelex(phrase: string): string {
	const TONE: Record<string, string> = { '\u0301': 's', '\u0300': 'f', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' };
	return phrase
		.split(' ')
		.map((word) => {
			let tone = '';
			let letters = [...word.normalize('NFD')]
				.map((c) => {
					if (TONE[c]) {
						tone = TONE[c]!;
						return '';
					}
					return c;
				})
				.join('')
				.normalize('NFC');
			// Each letter of its own shape by its full keys (ư as "uw", not the lone "w").
			for (const [keys, letter] of TELEX_LETTERS)
				if (letter.length === 1 && keys !== 'w') letters = letters.replaceAll(letter, keys);
			return letters + tone;
		})
		.join(' ');
}

/** One letter dropped inside the longest word, keeping its first letter: "xâm hại" → "xâm hi". */
function withTypo(phrase: string): string {
	const words = phrase.split(' ');
	const i = words.reduce((best, w, k) => (w.length > words[best]!.length ? k : best), 0);
	const w = [...words[i]!];
	w.splice(Math.ceil(w.length / 2), 1);
	words[i] = w.join('');
	return words.join(' ');
}

for (const category of crisis) {
	test(`“${category.id}”: mọi cụm từ khớp khi gõ có dấu, không dấu, sai một chữ và gõ Telex`, () => {
		for (const phrase of category.words) {
			for (const typed of [
				phrase,
				fold(phrase),
				phrase.toUpperCase(),
				`em bị ${phrase} phải làm sao`,
				toTelex(phrase),
			]) {
				expect(match(typed), `“${typed}”`).toContain(category.id);
			}
			if (fold(phrase).replace(/ /g, '').length >= 6)
				expect(match(withTypo(phrase)), `“${withTypo(phrase)}”`).toContain(category.id);
		}
		for (const word of category.marked) expect(match(`có người ${word} em`), word).toContain(category.id);
	});
}

test('câu của trẻ đang gặp nguy hiểm, như trẻ gõ trên điện thoại, đều hiện hộp trợ giúp', () => {
	for (const q of [
		'bị bố đánh',
		'bi bo danh',
		'bố em đánh em đau lắm',
		'me danh em chay mau',
		'bị dượng sờ',
		'chú hàng xóm sờ người em',
		'bi so vung kin',
		'bị hiếp',
		'hiep dam',
		'hiếpp',
		'tự tử',
		'tu tu',
		'tự tủ',
		'tuwj tuwr',
		'em muốn chết',
		'muon chet',
		'muốn chêt',
		'em không muốn sống nữa',
		'có người dọa tung ảnh của em',
		'bi doa tung anh nong',
		'bị bắt cóc',
		'bat coc',
		'mua bán trẻ em',
		'buon ban tre em',
		'bị bán sang trung quốc',
		'bi ep lay chong',
		'xam hai',
		'xâm hạu',
		'ko dám về nhà',
		'cứu em với',
	]) {
		expect(match(q), `“${q}”`).not.toEqual([]);
	}
});

test('câu hỏi thường ngày không hiện hộp trợ giúp', () => {
	for (const q of [
		'đuối nước',
		'duoi nuoc',
		'sơ cứu',
		'so cuu',
		'số điện thoại',
		'ẩn danh',
		'an danh',
		'bị bạn chửi',
		'tháng hành động',
		'dinh dưỡng',
		'nghị định 56',
		'tổng đài 111',
		'bắt nạt',
		'dạy con bơi',
		'sợ đi học',
		'hiệp hội',
	]) {
		expect(match(q), `“${q}”`).toEqual([]);
	}
});

test('câu của người lớn hỏi về một trẻ khác: hộp trợ giúp vẫn hiện, nhưng trang "Em đang gặp chuyện gì?" không bị đặt lên đầu', () => {
	const { others } = searchData();
	for (const q of [
		'thấy trẻ bị đánh gọi số nào',
		'con tôi bị bạn đánh',
		'báo tin trẻ bị bạo hành',
		'dấu hiệu trẻ bị xâm hại',
	]) {
		expect(match(q), q).not.toEqual([]);
		expect(aboutOthers(q, others), q).toBe(true);
	}
	for (const q of ['bị bố đánh', 'thầy đánh em', 'bố đánh con đau quá', 'bạn em muốn tự tử'])
		expect(aboutOthers(q, others), q).toBe(false);
});

test('từ của câu hỏi: chữ thường, dạng dựng sẵn, bỏ dấu câu, giữ số', () => {
	expect(queryWords('Cứu em với!!! Gọi 111?')).toEqual(['cứu', 'em', 'với', 'gọi', '111']);
	expect(queryWords('  tự tử… ')).toEqual(['tự', 'tử']);
	expect(queryWords('tự tử'.normalize('NFD'))).toEqual(['tự', 'tử']);
	expect(queryWords('?!')).toEqual([]);
	expect(match('')).toEqual([]);
	expect(match(' ?! ')).toEqual([]);
});

test('gõ thiếu hay thừa dấu cách vẫn khớp, cả cụm từ ngắn', () => {
	expect(match('tutu')).toContain('tu-hai');
	expect(match('tu t u')).toContain('tu-hai');
	expect(match('bi da nh')).toContain('bi-danh');
	expect(match('xamhai')).toContain('xam-hai');
	expect(match('muonchet')).toContain('tu-hai');
});

test('cụm từ ngắn (dưới sáu chữ cái) phải đúng từng chữ: "tự ti" không phải "tự tử"', () => {
	expect(match('tự ti')).toEqual([]);
	expect(match('tu ti')).toEqual([]);
	expect(match('em hay tự ti')).toEqual([]);
});

test('từ phải gõ đúng dấu vẫn khớp khi thừa một chữ trong câu ("hiếpp")', () => {
	expect(match('nó hiếpp em')).toContain('xam-hai');
	expect(match('nó hiệp em')).toEqual([]);
});

test('từ chỉ một trẻ khác phải đủ cả cụm, kể cả ở cuối câu', () => {
	const { others } = searchData();
	expect(others).toContain('con tôi');
	expect(aboutOthers('giúp con', others)).toBe(false);
	expect(aboutOthers('bố đánh con tôi', others)).toBe(true);
	expect(aboutOthers('', others)).toBe(false);
});
