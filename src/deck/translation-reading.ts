import type { DeckSlide } from './deck.ts';
import { escapeHtml } from './html.ts';
import type { Translation } from './translation.ts';
import {
  formatDateJa,
  LANGUAGE_MODES,
  renderTranslatedParagraphs,
  translatedHeading,
  translatedNotes,
  type LanguageMode,
} from './translation-view.ts';
import type { TitleBlock } from './types.ts';

// The reading view's second language: each block of it twice, the English and the translation, each with its `lang`.
// Which of them shows is the reader's choice, made with radio buttons that CSS follows (reading.css), so the switch
// works without JavaScript; src/client/reading/ remembers the choice and sets `<html lang>`.

/** The id of a mode's radio button: the stylesheet and the switch's script find it by this. */
function languageInputId(mode: LanguageMode): string {
  return `reading-lang-${mode}`;
}

/** A block in both languages: `tag` twice, each with its language, the translation second. */
export function bilingual(
  tag: string,
  attributes: string,
  englishHtml: string,
  translatedHtml: string,
  lang: string,
): string {
  const open = (code: string) =>
    `<${tag} class="lang-${code === 'en' ? 'en' : 'tr'}" lang="${escapeHtml(code)}"${attributes}>`;
  return `${open('en')}${englishHtml}</${tag}>${open(lang)}${translatedHtml}</${tag}>`;
}

/** The language switch: English, the translation, or both (side by side on a wide screen, stacked on a phone). */
export function renderLanguageSwitch(translation: Translation): string {
  const names: Readonly<Record<LanguageMode, string>> = {
    en: '<span lang="en">English</span>',
    ja: `<span lang="${escapeHtml(translation.lang)}">${escapeHtml(translation.name)}</span>`,
    both: `<span lang="en">Both</span> · <span lang="${escapeHtml(translation.lang)}">${escapeHtml('両方')}</span>`,
  };
  const options = LANGUAGE_MODES.map(
    (mode) =>
      `<label><input type="radio" name="reading-lang" id="${languageInputId(mode)}" value="${mode}"${mode === 'en' ? ' checked' : ''} /> ${names[mode]}</label>`,
  );
  return (
    '<fieldset class="reading-languages"><legend><span lang="en">Language</span> · ' +
    `<span lang="${escapeHtml(translation.lang)}">言語</span></legend>${options.join('')}</fieldset>`
  );
}

/** The title block in the translation, labelled as unofficial. */
export function renderTranslatedTitleBlock(block: TitleBlock, translation: Translation): string {
  const t = translation.titleBlock;
  return [
    `<p class="reading-kind">${escapeHtml(t.kind)} <span class="translation-label">${escapeHtml(translation.label)}</span></p>`,
    `<h1>${escapeHtml(t.speaker)}</h1>`,
    `<p class="reading-role">${escapeHtml(t.speakerRole)}</p>`,
    `<p>${escapeHtml(t.audience)}</p>`,
    `<p class="reading-venue">${escapeHtml(t.venue)}、<time datetime="${escapeHtml(block.date)}">${escapeHtml(formatDateJa(block.date))}</time></p>`,
    `<p class="reading-presentation"><a href="./index.html">プレゼンテーションを開く</a></p>`,
  ].join('');
}

/** The passage's paragraphs in the translation. */
export function renderTranslatedPassage(slide: DeckSlide, translation: Translation): string {
  return renderTranslatedParagraphs(translatedNotes(slide, translation));
}

/** The link from a passage to its slide, in both languages. */
export function renderBilingualSlideLink(slide: DeckSlide, translation: Translation): string {
  const label = bilingual(
    'span',
    '',
    `Slide ${slide.number}`,
    `${escapeHtml(translation.handout.slide)} ${slide.number}`,
    translation.lang,
  );
  return `<a class="reading-slide-link" href="./index.html#/${escapeHtml(slide.id)}">${label}</a>`;
}

/** A section's heading in the translation. */
export function translatedSectionHeading(slide: DeckSlide, translation: Translation): string {
  return escapeHtml(translatedHeading(slide, translation) ?? '');
}
