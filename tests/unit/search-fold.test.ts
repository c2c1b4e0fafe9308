// The đ folding that lets "duoi" find "đuối" (the folded đ-words go into the index only, as a
// metadata field), and how a typed word is compared with a listed one.
import { test, expect } from 'vitest';
import { dSpellings, fold, foldedDWords, hasMarks, sameWord } from '../../src/components/search/fold.ts';
import { withFoldedField, FOLD_FIELD } from '../../src/integrations/pagefind.ts';

test('bỏ dấu thanh, dấu mũ và đổi đ/Đ thành d', () => {
	expect(fold('Đuối nước')).toBe('duoi nuoc');
	expect(fold('đường đỡ đầu ĐỊA')).toBe('duong do dau dia');
	expect(fold('Nghị định 56/2017/NĐ-CP')).toBe('nghi dinh 56/2017/nd-cp');
});

test('một từ gõ có dấu chỉ khớp đúng dấu; gõ không dấu thì khớp mọi dấu', () => {
	expect(hasMarks('sờ')).toBe(true);
	expect(hasMarks('đi')).toBe(true);
	expect(hasMarks('so')).toBe(false);
	expect(sameWord('so', 'sờ')).toBe(true);
	expect(sameWord('sợ', 'sờ')).toBe(false);
	expect(sameWord('Sờ', 'sờ')).toBe(true);
	expect(dSpellings('duong')).toEqual(['duong', 'đuong']);
	expect(dSpellings('Dang')).toEqual(['Dang', 'Đang']);
	expect(dSpellings('nuoc')).toEqual(['nuoc']);
});

test('chỉ các từ có chữ đ vào trường không dấu, mỗi từ một lần', () => {
	expect(foldedDWords('Phòng chống đuối nước, đuối nước, Đường và điều, trẻ em')).toEqual(['duoi', 'duong', 'dieu']);
	expect(foldedDWords('trẻ em học bơi')).toEqual([]);
});

test('trường không dấu gắn vào phần được lập chỉ mục, không đổi phần còn lại', () => {
	const html =
		'<html><body><nav>Đường dây</nav><main id="x" data-pagefind-body><h1>Đuối nước</h1><p>Mẹ đỡ đầu</p></main></body></html>';
	const { html: out, words } = withFoldedField(html);
	expect(words).toBe(3);
	expect(out).toContain(`<main id="x" data-pagefind-body data-pagefind-meta="${FOLD_FIELD}:duoi do dau">`);
	expect(out.replace(/ data-pagefind-meta="[^"]*"/, '')).toBe(html);
	expect(withFoldedField('<main data-pagefind-body><p>trẻ em</p></main>').words).toBe(0);
});
