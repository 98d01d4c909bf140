import { isSpeakerPage } from './speaker/channel/parameters.ts';

export { speakerPlugin } from './speaker/deck-side/plugin.ts';

/** Whether this page was opened as the speaker view (`?speaker`) rather than as the deck. */
export function isSpeakerWindow(): boolean {
  return isSpeakerPage();
}

/** Shows the page as the speaker view; its code loads only now, so the audience's first load does not carry it. */
export async function showSpeakerWindow(): Promise<void> {
  const { showSpeakerWindow: show } = await import('./speaker/window-page.ts');
  show();
}
