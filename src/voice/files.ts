/**
 * The file beside the pages that carries the follower and the reference (src/node/voice-plugin.ts), and the globals
 * it sets: names only, in a module of their own, so that the page that loads the file carries nothing else of it.
 */
export const VOICE_REFERENCE_FILE = 'voice-reference.js';
export const VOICE_REFERENCE_GLOBAL = 'speechDeckVoiceReference';
export const VOICE_BUNDLE_GLOBAL = 'speechDeckVoice';
export const VOICE_WORKER_GLOBAL = 'speechDeckVoiceWorker';
