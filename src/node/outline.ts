import { runnerImport } from 'vite';
import type { Speech } from '../deck/types.ts';
import { validateSpeech } from '../deck/validate.ts';

/**
 * Imports the outline module and validates its `speech`: an OutlineError lists every problem. A fresh module runner
 * each time, so that an edited outline is read anew under `vite dev`.
 */
export async function loadOutline(file: string): Promise<Speech> {
  const { module } = await runnerImport<{ speech?: Speech }>(file, { configFile: false, logLevel: 'error' });
  if (module.speech === undefined) throw new Error(`${file} does not export \`speech\`.`);
  return validateSpeech(module.speech);
}
