import { runnerImport } from 'vite';
import { problemLine } from '../model/problems.ts';
import type { Speech } from '../model/types.ts';
import { outlineWarnings, validateSpeech } from '../model/validate.ts';

/** An outline module that throws as it loads: said in one line, as Vite's CLI prints it, without a stack. */
class OutlineLoadError extends Error {
  constructor(file: string, cause: unknown) {
    super(
      `The outline ${file} failed to load: ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`,
    );
    this.name = 'OutlineLoadError';
    this.stack = this.message;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.message;
  }
}

/** Warnings already printed: the build loads the outline once per page and `vite dev` once per edit. */
const warned = new Set<string>();

function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/**
 * Imports the outline module and validates its `speech`: an OutlineError lists every problem, and each warning
 * (a passage too long for the speaker view) is printed once. A fresh module runner each time, so that an edited
 * outline is read anew under `vite dev`.
 */
export async function loadOutline(file: string, warn: (message: string) => void = warnOnce): Promise<Speech> {
  const { module } = await runnerImport<{ speech?: unknown }>(file, { configFile: false, logLevel: 'error' }).catch(
    (error: unknown) => {
      throw new OutlineLoadError(file, error);
    },
  );
  if (module.speech === undefined) throw new Error(`${file} does not export \`speech\`.`);
  const speech = validateSpeech(module.speech);
  for (const warning of outlineWarnings(speech)) warn(`WARNING: ${problemLine(warning)}`);
  return speech;
}
