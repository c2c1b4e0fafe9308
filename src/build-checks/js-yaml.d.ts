// The part of js-yaml (Astro's own YAML parser, a dependency of the site) that src/build-checks/yaml.ts uses.
declare module 'js-yaml' {
	export const CORE_SCHEMA: unknown;
	export function load(text: string, options?: { schema?: unknown; filename?: string }): unknown;
}
