import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Translation } from '../model/translation.ts';
import type { Speech } from '../model/types.ts';
import { themeAccent } from './favicon.ts';
import { loadOutline } from './outline.ts';
import { loadTranslation } from './translation.ts';

/** The translation the plugin looks for when it is told none: a project without that file is English only. */
export const DEFAULT_TRANSLATION = 'slides/translations/ja.ts';

/** What the pages are rendered from, each file relative to the Vite root. */
export interface SourceFiles {
  readonly outline: string;
  readonly theme: string;
  /** `false`: English only. */
  readonly translation: string | false;
  /** The translation was named in the options, so it must exist; the default one may be missing. */
  readonly translationRequired: boolean;
}

export interface DeckSources {
  /** A validated outline. */
  readonly speech: Speech;
  /** The favicon's colour, as CSS. */
  readonly accent: string;
  /** A validated translation, if the project has one. */
  readonly translation: Translation | undefined;
}

/** Loads and validates the outline, the theme's accent and the translation (against the outline). */
export async function loadDeckSources(root: string, files: SourceFiles): Promise<DeckSources> {
  const [speech, accent] = await Promise.all([
    loadOutline(path.resolve(root, files.outline)),
    themeAccent(path.resolve(root, files.theme)),
  ]);
  const file = files.translation === false ? undefined : path.resolve(root, files.translation);
  const translated = file !== undefined && (files.translationRequired || existsSync(file));
  return { speech, accent, translation: translated ? await loadTranslation(file, speech) : undefined };
}
