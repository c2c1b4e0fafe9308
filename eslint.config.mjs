// Lint rules for the TypeScript, Astro and script files (content/ is editor-owned and checked by the
// build instead). Recommended rule sets as they are; each change below says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'dist-*/',
			'.dist-*/',
			'node_modules/',
			'.astro/',
			'test-results/',
			'playwright-report/',
			'reports/',
			'.stryker-tmp/',
		],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	astro.configs['jsx-a11y-recommended'],
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// Vague link text fails WCAG 2.4.4 for screen-reader users listing links; the Vietnamese
			// equivalents of "click here" (as Astro Docs' good-link-label check does in English).
			'astro/jsx-a11y/anchor-ambiguous-text': ['error', { words: ['tại đây', 'xem thêm', 'bấm vào đây', 'ở đây'] }],
			// `_name` marks a value deliberately left unused (e.g. a destructured field dropped from an object).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
		},
	},
	prettier,
);
