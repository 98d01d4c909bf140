export { isSpeakerPage } from './speaker/channel/parameters.ts';
export { speakerPlugin } from './speaker/deck-side/plugin.ts';

/** Shows the page as the speaker view; its code loads only now, so the audience's first load does not carry it. */
export async function showSpeakerWindow(): Promise<void> {
  const { showSpeakerWindow: show } = await import('./speaker/window-page.ts');
  show();
}
