// The materials' font, Be Vietnam Pro (OFL, made for Vietnamese), read once for the PDFs (pdf.ts) and
// the images (images.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fontFile = (weight: string) =>
	readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`));

export const REGULAR = fontFile('400Regular');
export const BOLD = fontFile('700Bold');
