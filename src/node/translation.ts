import path from 'node:path';
import { runnerImport } from 'vite';
import type { Translation } from '../model/translation.ts';
import { validateTranslation } from '../model/translation-check.ts';
import type { Speech } from '../model/types.ts';

/**
 * Imports a translation module and validates its `translation` against the validated outline, and against its
 * `glossary` where the module exports one: a TranslationError names each missing, stray or changed text, and each
 * departure from the glossary, by slide and field. A fresh module runner each time, as for the outline.
 */
export async function loadTranslation(file: string, speech: Speech): Promise<Translation> {
  const { module } = await runnerImport<{ translation?: unknown; glossary?: unknown }>(file, {
    configFile: false,
    logLevel: 'error',
  });
  if (module.translation === undefined) throw new Error(`${file} does not export \`translation\`.`);
  const name = path.relative(process.cwd(), file) || file;
  return validateTranslation(speech, module.translation, name, module.glossary);
}
