/**
 * What `voice-reference.js` (src/node/voice-plugin.ts) carries besides the reference and the worker's code: voice
 * mode's code for the page (the microphone, its line, and the follower for when no worker can start), built apart
 * from the page so that the deck's first load carries none of it.
 * The speaker view reads it from the global the file sets (voice-loader.ts).
 */
export { VoiceMode } from './voice-mode.ts';
