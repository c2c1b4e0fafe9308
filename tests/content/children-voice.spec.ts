// The words written for children speak to them as "em": never "con" (a parent's word for their child)
// and never "bạn" as the person told what to do ("bạn hãy", "bạn nên"). In children's text "bạn" is
// most often a friend ("nếu bạn bị đuối nước"), which is fine.
import { test, expect } from '@playwright/test';
import { readMdxFrontmatter } from '../support/utils.ts';

/** "bạn" used to address the reader, or "con" meaning the reader's child. */
const ADULT_ADDRESS = /(?<!\p{L})(?<!trẻ )con(?!\p{L})(?! (người|số|đường|vật|cái|chó|mèo|dao))|(?<!\p{L})bạn (hãy|nên|cần phải)(?!\p{L})/iu;

export function addressesAnAdult(text: string): boolean {
	return ADULT_ADDRESS.test(text.normalize('NFC'));
}

test('bộ lọc nhận ra cách xưng hô với người lớn, và để yên “bạn” là bạn bè', () => {
	for (const adult of ['Bạn hãy gọi 111.', 'Nếu con bị đánh, hãy kể.', 'Dạy con quy tắc đồ lót.', 'Bạn nên ở bên trẻ.', 'Con có thể kể với bố mẹ.']) {
		expect(addressesAnAdult(adult), adult).toBe(true);
	}
	for (const child of ['Em hãy kể với người lớn em tin.', 'Nếu bạn bị đuối nước, đừng nhảy xuống.', 'Các bạn trong lớp có thể giúp em.', 'Trẻ con cũng có quyền.', 'Con số này rất lớn.', 'Hãy tử tế với bạn.']) {
		expect(addressesAnAdult(child), child).toBe(false);
	}
});

test('phần dành cho các em xưng “em”, không xưng “bạn” hay “con”', () => {
	const problems: string[] = [];
	const check = (where: string, text: string | undefined) => {
		if (text && addressesAnAdult(text.replace(/\{so:[a-z0-9-]+\}/g, 'số'))) problems.push(`${where}: ${text}`);
	};
	for (const dir of ['guides', 'laws', 'pages', 'situations']) {
		for (const { slug, data } of readMdxFrontmatter(dir)) {
			const d = data as Record<string, unknown> & { parts?: Record<string, { intro?: string; steps: { text: string }[] }> };
			check(`${dir}/${slug} forChildren`, d['forChildren'] as string | undefined);
			const part = d.parts?.['hoc-sinh'];
			check(`${dir}/${slug} hoc-sinh intro`, part?.intro);
			part?.steps.forEach((s, i) => check(`${dir}/${slug} hoc-sinh ${i + 1}`, s.text));
			if (dir === 'situations') {
				for (const field of ['now', 'tell'] as const) (d[field] as { text: string }[]).forEach((s, i) => check(`${dir}/${slug} ${field} ${i + 1}`, s.text));
				check(`${dir}/${slug} notYourFault`, (d['notYourFault'] as { text: string }).text);
				check(`${dir}/${slug} title`, d['title'] as string);
			}
		}
	}
	expect(problems).toEqual([]);
});
