import type { DeckSlide, TranslationInfo } from './deck.ts';
import { html, type Interpolation, type SafeHtml } from './html.ts';
import type { TitleLines } from './title.ts';
import { formatDateJa, LANGUAGE_MODES, type LanguageMode } from './translated-slides.ts';

// The reading view's second language: each block of it twice, the English and the translation, each with its `lang`.
// Which of them shows is the reader's choice, made with radio buttons that CSS follows (reading.css), so the switch
// works without JavaScript; src/client/reading/ remembers the choice and sets `<html lang>`.

/** The id of a mode's radio button: the stylesheet and the switch's script find it by this. */
function languageInputId(mode: LanguageMode): string {
  return `reading-lang-${mode}`;
}

/** A block in both languages: the element twice, each with its language, the translation second. */
export function bilingual(
  tag: 'div' | 'span' | 'h2',
  english: Interpolation,
  translated: Interpolation,
  lang: string,
): SafeHtml {
  const block = (kind: string, code: string, content: Interpolation) => {
    switch (tag) {
      case 'div':
        return html`<div class="lang-${kind}" lang="${code}">${content}</div>`;
      case 'span':
        return html`<span class="lang-${kind}" lang="${code}">${content}</span>`;
      case 'h2':
        return html`<h2 class="lang-${kind}" lang="${code}">${content}</h2>`;
    }
  };
  return html`${block('en', 'en', english)}${block('tr', lang, translated)}`;
}

/** The language switch: English, the translation, or both (side by side on a wide screen, stacked on a phone). */
export function renderLanguageSwitch(translation: TranslationInfo): SafeHtml {
  const { lang } = translation;
  const names: Readonly<Record<LanguageMode, SafeHtml>> = {
    en: html`<span lang="en">English</span>`,
    ja: html`<span lang="${lang}">${translation.name}</span>`,
    both: html`<span lang="en">Both</span> · <span lang="${lang}">両方</span>`,
  };
  const options = LANGUAGE_MODES.map(
    (mode) =>
      html`<label><input type="radio" name="reading-lang" id="${languageInputId(mode)}" value="${mode}"${mode === 'en' && html` checked`} /> ${names[mode]}</label>`,
  );
  const legend = html`<legend><span lang="en">Language</span> · <span lang="${lang}">言語</span></legend>`;
  return html`<fieldset class="reading-languages">${legend}${options}</fieldset>`;
}

/** The title block in the translation, labelled as unofficial. */
export function renderTranslatedTitleBlock(lines: TitleLines, translation: TranslationInfo): SafeHtml {
  const t = translation.titleBlock;
  return html`${[
    html`<p class="reading-kind">${t.kind} <span class="translation-label">${translation.label}</span></p>`,
    html`<h1>${t.speaker}</h1>`,
    html`<p class="reading-role">${t.speakerRole}</p>`,
    html`<p>${t.audience}</p>`,
    html`<p class="reading-venue">${t.venue}、<time datetime="${lines.isoDate}">${formatDateJa(lines.isoDate)}</time></p>`,
    html`<p class="reading-presentation"><a href="./index.html">プレゼンテーションを開く</a></p>`,
  ]}`;
}

/** The link from a passage to its slide, in both languages. */
export function renderBilingualSlideLink(slide: DeckSlide, translation: TranslationInfo): SafeHtml {
  const label = bilingual(
    'span',
    `Slide ${slide.number}`,
    `${translation.handout.slide} ${slide.number}`,
    translation.lang,
  );
  return html`<a class="reading-slide-link" href="./index.html#/${slide.id}">${label}</a>`;
}
