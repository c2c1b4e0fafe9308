// One thing an editor must fix before the site can be published: where (file, line, column, field),
// what is wrong and what to do, in Vietnamese. Every check of the build reports through here, so all
// messages read the same way, and the tests compare these exact lines.
// Pure: no Astro imports (the build, the content loaders, the MDX plugin and unit tests all use it).

export interface Problem {
	/** Path from the repository root with "/" separators, e.g. "content/hotlines.yaml" or "dist/tong-dai/index.html". */
	file: string;
	line?: number | undefined;
	column?: number | undefined;
	/** The field, element or value concerned, e.g. "updated" or "<iframe>". */
	field?: string | undefined;
	/** What is wrong. */
	message: string;
	/** What to do about it. */
	fix: string;
}

/** "content/hotlines.yaml:35:22 › number: … → Cách sửa: …" on two lines. */
export function formatProblem(p: Problem): string {
	const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
	return `${where}${p.field ? ` › ${p.field}` : ''}: ${p.message}\n    → Cách sửa: ${p.fix}`;
}

/** The first line of formatProblem: what the tests compare. */
export function problemLine(p: Problem): string {
	return formatProblem(p).split('\n')[0]!;
}

/**
 * Thrown by a check that found problems: one error listing all of them, so an editor fixes every one
 * in a single round. Its stack is the message itself, so the build log shows no code lines.
 */
export class BuildCheckError extends Error {
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[], what: string) {
		const list = problems.map(formatProblem).join('\n');
		super(`${what}: ${problems.length} lỗi, phải sửa trước khi dựng được trang.\n${list}`);
		this.name = 'LoiNoiDung';
		this.problems = problems;
		this.stack = `${this.name}: ${this.message}`;
	}
}

/** Throws a BuildCheckError when `problems` is not empty. */
export function failOn(problems: readonly Problem[], what: string): void {
	if (problems.length > 0) throw new BuildCheckError(problems, what);
}

/** Line and column (1-based) of a character offset in a text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line += 1;
		start = i + 1;
	}
	return { line, column: offset - start + 1 };
}
