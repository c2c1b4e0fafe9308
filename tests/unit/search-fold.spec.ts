// The đ folding that lets "duoi" find "đuối", and what else goes into the index only: the folded
// đ-words as a metadata field and the weight of a page's text for its kind.
import { test, expect } from '@playwright/test';
import { dSpellings, fold, foldedDWords, hasMarks, sameWord } from '../../src/components/search/fold.ts';
import { forIndex, FOLD_FIELD } from '../../src/integrations/pagefind.ts';

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
	const html = '<html><body><nav>Đường dây</nav><main id="x" data-pagefind-body><h1>Đuối nước</h1><p>Mẹ đỡ đầu</p></main></body></html>';
	const { html: out, words, weight } = forIndex(html);
	expect(words).toBe(3);
	expect(weight).toBe(1);
	expect(out).toContain(`<main id="x" data-pagefind-body data-pagefind-meta="${FOLD_FIELD}:duoi do dau">`);
	expect(out.replace(/ data-pagefind-meta="[^"]*"/, '')).toBe(html);
	expect(forIndex('<main data-pagefind-body><p>trẻ em</p></main>').words).toBe(0);
});

test('trang văn bản và trang mục nhẹ hơn trang hướng dẫn, tiêu đề giữ trọng số của nó', () => {
	const page = (label: string) =>
		`<main data-pagefind-body><span hidden data-pagefind-filter="loai[data-value]" data-pagefind-meta="loai[data-value]" data-value="${label}"></span><h1>Luật Trẻ em</h1><p>trẻ em</p></main>`;
	const doc = forIndex(page('Văn bản'));
	expect(doc.weight).toBe(0.5);
	expect(doc.html).toContain('<main data-pagefind-body data-pagefind-weight="0.5">');
	expect(doc.html).toContain('<h1 data-pagefind-weight="7">Luật Trẻ em</h1>');
	const guide = forIndex(page('Hướng dẫn'));
	expect(guide.weight).toBe(1);
	expect(guide.html).toBe(page('Hướng dẫn'));
});
