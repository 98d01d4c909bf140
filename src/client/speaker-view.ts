import { isSpeakerPage } from './speaker/channel/parameters.ts';
import { withSpeakerTools } from './speaker/tools-loader.ts';

export { speakerPlugin } from './speaker/deck-side/plugin.ts';

/** Whether this page was opened as the speaker view (`?speaker`) rather than as the deck. */
export function isSpeakerWindow(): boolean {
  return isSpeakerPage();
}

/** Shows the page as the speaker view; its code loads only now (speaker-tools.js), so the deck's load does not carry it. */
export function showSpeakerWindow(): void {
  withSpeakerTools((tools) => {
    tools.showSpeakerWindow();
  });
}
