import viewCss from '../theme/speaker.css?inline';
import timeCss from '../theme/speaker-time.css?inline';
import scriptCss from '../theme/speaker-script.css?inline';
import sideCss from '../theme/speaker-side.css?inline';
import rehearsalCss from '../theme/speaker-rehearsal.css?inline';

let sheet: CSSStyleSheet | undefined;

/**
 * Gives the document the speaker view's styles when the view opens. Imported as plain CSS they would sit in the deck's
 * first stylesheet (a built page inlines its lazy chunks' CSS into its one `<style>`), parsed and matched on every
 * load of the deck though most loads never open the view. Adopted after the page's own styles, as they were before.
 */
export function adoptSpeakerStyles(): void {
  if (sheet !== undefined) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync([viewCss, timeCss, scriptCss, sideCss, rehearsalCss].join('\n'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
