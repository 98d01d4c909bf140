import path from 'node:path';
import { runnerImport } from 'vite';
import type { Translation } from '../model/translation.ts';
import { validateTranslation } from '../model/translation-check.ts';
import type { Speech } from '../model/types.ts';

/**
 * Imports a translation module and validates its `translation` against the validated outline: a TranslationError
 * names each missing, stray or changed text by slide and field. A fresh module runner each time, as for the outline.
 */
export async function loadTranslation(file: string, speech: Speech): Promise<Translation> {
  const { module } = await runnerImport<{ translation?: unknown }>(file, { configFile: false, logLevel: 'error' });
  if (module.translation === undefined) throw new Error(`${file} does not export \`translation\`.`);
  return validateTranslation(speech, module.translation, path.relative(process.cwd(), file) || file);
}
