export interface OutlineProblem {
  /** The slide's id (`diet-3`), or its position (`sections[1].slides[3]`, `#4`) where it has none. */
  readonly slide: string;
  /** Where in the outline, as a path (`recommendation.icon`, `spoken[2]`). */
  readonly field: string;
  readonly message: string;
}

/** One problem as a line: `slide "diet-3", field "recommendation.title": is missing`. */
export function problemLine(problem: OutlineProblem): string {
  return `slide "${problem.slide}", field "${problem.field}": ${problem.message}`;
}

/** The outline's problems, one a line. The stack is left out: it points into the build, not at the mistake. */
export class OutlineError extends Error {
  readonly problems: readonly OutlineProblem[];

  constructor(problems: readonly OutlineProblem[]) {
    super(
      `The speech outline has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  - ${problemLine(problem)}`).join('\n'),
    );
    this.name = 'OutlineError';
    this.stack = `${this.name}: ${this.message}`;
    this.problems = problems;
  }

  /** How Node's `util.inspect` (and so Vite's "error during build") prints it: the problems and nothing else. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.message;
  }
}
