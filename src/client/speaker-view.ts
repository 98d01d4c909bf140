import { withSpeakerTools } from './speaker/tools-loader.ts';

export { isSpeakerPage } from './speaker/channel/parameters.ts';
export { speakerPlugin } from './speaker/deck-side/plugin.ts';

/** Shows the page as the speaker view; its code loads only now (speaker-tools.js), so the deck's load does not carry it. */
export function showSpeakerWindow(): void {
  withSpeakerTools('The speaker view', (tools) => {
    tools.showSpeakerWindow();
  });
}
