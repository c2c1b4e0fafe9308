// A pictogram by name from the Tabler icon set (@tabler/icons, MIT licence, outline style): the
// materials draw it as vector paths. An unknown name fails the build with the file and the field.
import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The folder of the outline icons, one SVG file per name. */
export const ICON_DIR = join(dirname(require.resolve('@tabler/icons/package.json')), 'icons', 'outline');

/** A Tabler outline icon name, e.g. "swimming" (see tabler.io/icons). */
export const iconName = () =>
	z.string().superRefine((name, ctx) => {
		if (!/^[a-z0-9-]+$/.test(name) || !existsSync(join(ICON_DIR, `${name}.svg`))) {
			ctx.addIssue({ code: 'custom', message: `biểu tượng "${name}" không có trong bộ Tabler (xem tabler.io/icons)` });
		}
	});
