import * as v from 'valibot';
import { LANGUAGE_MODES, LANGUAGE_STORAGE_KEY, type LanguageMode } from '../../model/translated-slides.ts';

/** A stored value is a boundary: another version of the page, or the reader, may have left anything there. */
const StoredMode = v.picklist(LANGUAGE_MODES);

function storedMode(storage: Storage | undefined): LanguageMode | undefined {
  try {
    const parsed = v.safeParse(StoredMode, storage?.getItem(LANGUAGE_STORAGE_KEY));
    return parsed.success ? parsed.output : undefined;
  } catch {
    // Storage refused (a private window, file:// in some browsers): the choice is simply not remembered.
    return undefined;
  }
}

function remember(storage: Storage | undefined, mode: LanguageMode): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, mode);
  } catch {
    // As above: not remembered, still shown.
  }
}

function localStorageIfAny(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The reading view's language switch, made whole: the radio buttons already choose what shows (CSS); this remembers
 * the choice across visits and sets `<html lang>` to the language the page is read in, so that a screen reader speaks
 * the page's own words (English, or the translation) in the right voice; every block carries its own `lang` too.
 */
export function startLanguageSwitch(root: Document = document, storage = localStorageIfAny()): void {
  const inputs = [...root.querySelectorAll<HTMLInputElement>('input[name="reading-lang"]')];
  if (inputs.length === 0) return;
  const translationLang = root.querySelector('.lang-tr')?.getAttribute('lang') ?? 'en';
  const show = (mode: LanguageMode) => {
    for (const input of inputs) input.checked = input.value === mode;
    root.documentElement.lang = mode === 'ja' ? translationLang : 'en';
    root.documentElement.dataset['readingLang'] = mode;
  };
  show(storedMode(storage) ?? 'en');
  for (const input of inputs) {
    input.addEventListener('change', () => {
      const parsed = v.safeParse(StoredMode, input.value);
      if (!input.checked || !parsed.success) return;
      show(parsed.output);
      remember(storage, parsed.output);
    });
  }
}
