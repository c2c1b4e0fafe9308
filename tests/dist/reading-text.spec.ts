// What a reader must never see, checked on every built page's visible text: the editors' internal words,
// a hyphen used as a dash outside an exact quotation, "free" or "24 hours" for a hotline without the
// decree that says so on the same page, and a link to a source the editors marked not to use.
import { test, expect } from '@playwright/test';
import { builtPages, readData, readDist, visibleText } from '../support/utils.ts';

/** Editors' words: the fact sheets' markers (in capitals) and notes to self. A calm "chúng tôi chưa
 *  kiểm chứng…" sentence for readers is fine. */
const INTERNAL = /\b[Ss]eeds?\b|\bTODO\b|CHƯA KIỂM CHỨNG|KHÔNG RÕ/;
/** The national line's hours and cost are stated only with Nghị định 56/2017/NĐ-CP, Điều 23. */
const FREE_OR_ALWAYS = /miễn phí|không mất tiền|không thu phí|24\/7|24 giờ/i;
const DECREE_PAGE = 'nd-quy-dinh-chi-tiet-luat-tre-em';

/** Visible text without exact quotations (“…”), which keep their own punctuation. */
const outsideQuotes = (text: string) => text.replace(/“[^”]*”/g, '“”');

export function lintPage(html: string): string[] {
	const text = visibleText(html);
	const problems: string[] = [];
	const internal = INTERNAL.exec(text);
	if (internal) problems.push(`từ nội bộ "${internal[0]}"`);
	const dash = / - /.exec(outsideQuotes(text));
	if (dash) problems.push(`gạch nối dùng làm gạch ngang: "…${text.slice(Math.max(0, dash.index - 30), dash.index + 30)}…" (dùng "–")`);
	if (FREE_OR_ALWAYS.test(text) && !(html.includes(`/phap-luat/van-ban/${DECREE_PAGE}/`) && text.includes('Điều 23'))) {
		problems.push('nói "miễn phí" hay "24 giờ" mà không dẫn Nghị định 56/2017/NĐ-CP, Điều 23 trên cùng trang');
	}
	return problems;
}

test('bộ kiểm tra bắt được từng lỗi trên một trang mẫu', () => {
	const page = (body: string) => `<html><body><main>${body}</main></body></html>`;
	expect(lintPage(page('Theo seed 000, trường cần làm.'))).toHaveLength(1);
	expect(lintPage(page('Số này CHƯA KIỂM CHỨNG.'))).toHaveLength(1);
	expect(lintPage(page('Gọi 111 - tổng đài.'))).toHaveLength(1);
	expect(lintPage(page('Luật ghi “cơ quan lao động - thương binh” như vậy.'))).toEqual([]);
	expect(lintPage(page('Gọi 111 miễn phí.'))).toHaveLength(1);
	expect(lintPage(page(`Gọi 111, 24 giờ. <a href="/phap-luat/van-ban/${DECREE_PAGE}/">Nghị định</a>, Điều 23`))).toEqual([]);
	expect(lintPage(page('Gọi 111 – tổng đài, chúng tôi chưa kiểm chứng giờ làm việc của số khác.'))).toEqual([]);
});

test('không trang nào có từ nội bộ, gạch nối làm gạch ngang, hay "miễn phí, 24 giờ" không dẫn nguồn', () => {
	const pages = builtPages();
	expect(pages.length).toBeGreaterThan(50);
	const problems = pages.flatMap((file) => lintPage(readDist(file)).map((p) => `${file}: ${p}`));
	expect(problems).toEqual([]);
});

test('không trang nào dẫn liên kết tới nguồn được đánh dấu không dùng', () => {
	const avoided = readData<{ id: string; url: string; original?: string; avoid?: string }>('sources').filter((s) => s.avoid);
	expect(avoided.length).toBeGreaterThan(0);
	const linked = builtPages().flatMap((file) => {
		const html = readDist(file);
		return avoided.filter((s) => [s.url, s.original].some((u) => u && html.includes(`href="${u}"`))).map((s) => `${file}: ${s.id}`);
	});
	expect(linked).toEqual([]);
});
