// A list of citations shown to readers (src/lib/citations.ts): a document or a web source cited twice
// for the same place shows once, in the order first cited; different places, or different documents,
// stay separate.
import { expect, test } from 'vitest';
import { uniqueCitations } from '../../src/lib/citations.ts';
import type { Citation } from '../../src/schemas/common.ts';

const doc = (document: string, at?: string): Citation => ({ document, ...(at ? { at } : {}) });
const web = (source: string, at?: string): Citation => ({ source, ...(at ? { at } : {}) });

test('cùng văn bản, cùng chỗ trích dẫn hai lần thì chỉ hiện một lần, giữ thứ tự trích dẫn đầu tiên', () => {
	const list = [doc('nd-56-2017', 'Điều 23'), web('who-drowning'), doc('nd-56-2017', 'Điều 23'), web('who-drowning')];
	expect(uniqueCitations(list)).toEqual([doc('nd-56-2017', 'Điều 23'), web('who-drowning')]);
	expect(uniqueCitations([web('b'), doc('a'), web('b'), doc('a')])).toEqual([web('b'), doc('a')]);
});

test('lần trích dẫn giữ lại là lần đầu (dòng bảng kiểm tra của người biên tập không làm nó khác đi)', () => {
	const first: Citation = { document: 'luat-tre-em-2016', at: 'Điều 4', row: '3.11' };
	const again: Citation = { document: 'luat-tre-em-2016', at: 'Điều 4', row: 'B4' };
	const unique = uniqueCitations([first, again]);
	expect(unique).toHaveLength(1);
	expect(unique[0]).toBe(first);
});

test('khác chỗ, khác văn bản, hay văn bản và trang web trùng mã thì đều giữ', () => {
	expect(uniqueCitations([doc('luat-tre-em-2016', 'Điều 4'), doc('luat-tre-em-2016', 'Điều 6')])).toHaveLength(2);
	expect(uniqueCitations([doc('luat-tre-em-2016'), doc('luat-tre-em-2016', 'Điều 4')])).toHaveLength(2);
	expect(uniqueCitations([doc('nd-56-2017', 'Điều 23'), doc('tt-28-2019', 'Điều 23')])).toHaveLength(2);
	expect(uniqueCitations([web('unicef', 'mục 4'), web('who', 'mục 4')])).toHaveLength(2);
	expect(uniqueCitations([doc('x'), web('x')])).toHaveLength(2);
	expect(uniqueCitations([doc('x', 'mục 1'), web('x', 'mục 1')])).toHaveLength(2);
});

test('danh sách rỗng cho danh sách rỗng; danh sách gốc không bị đổi', () => {
	expect(uniqueCitations([])).toEqual([]);
	const list = [doc('a'), doc('a')];
	uniqueCitations(list);
	expect(list).toHaveLength(2);
});
