import { SPEAKER_PARAMETER } from './speaker/plugin.ts';

export { speakerPlugin } from './speaker/plugin.ts';

/** Whether this page was opened as the speaker view (`?speaker`) rather than as the deck. */
export function isSpeakerWindow(): boolean {
  return new URLSearchParams(window.location.search).has(SPEAKER_PARAMETER);
}

/** Shows the page as the speaker view; its code loads only now, so the audience's first load does not carry it. */
export async function showSpeakerWindow(): Promise<void> {
  const { showSpeakerWindow: show } = await import('./speaker/window-page.ts');
  show();
}
