/**
 * What `voice-reference.js` (src/node/voice-plugin.ts) carries besides the reference: voice mode's code (the
 * microphone, the follower, its line), built apart from the page so that the deck's first load carries none of it.
 * The speaker view reads it from the global the file sets (voice-loader.ts).
 */
export { loadReference } from '../../../voice/reference.ts';
export { VoiceMode } from './voice-mode.ts';
