// Mutation testing of the pure logic (npm run test:mutation, outside npm test: it takes minutes):
// StrykerJS changes the code of these modules one small step at a time and runs the Vitest unit tests
// against each change; the report gives the share of changes the tests catch (target ≥ 80 %).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.config.ts' },
	mutate: [
		'src/lib/{lunar,format-date,links,url,citations,built-files}.ts',
		'src/components/quick-exit/{keys,one-entry}.ts',
		'src/components/search/{fold,query,crisis,typo,rank}.ts',
	],
	// Type checks are switched off only in TypeScript (the default also parses the HTML fixtures, which are
	// broken on purpose).
	disableTypeChecks: '{src,tests}/**/*.ts',
	coverageAnalysis: 'perTest',
	reporters: ['clear-text', 'progress'],
	thresholds: { high: 90, low: 80, break: 80 },
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always',
	concurrency: 2,
};
