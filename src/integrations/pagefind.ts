// Builds the Pagefind index of dist/ at the end of `astro build` (the Starlight pattern): indexing
// errors fail the build instead of being logged and forgotten, and Pagefind is always closed.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'bvte:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind không khởi động được: ${errors.join('; ')}`);
				try {
					const added = await index.addDirectory({ path: site });
					if (added.errors.length) throw new Error(`Pagefind lỗi khi đọc trang: ${added.errors.join('; ')}`);
					if (added.page_count === 0) throw new Error('Pagefind không thấy trang nào có data-pagefind-body.');
					const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
					if (written.errors.length) throw new Error(`Pagefind lỗi khi ghi chỉ mục: ${written.errors.join('; ')}`);
					logger.info(`Pagefind: ${added.page_count} trang trong ${Math.round(performance.now() - started)} ms`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
