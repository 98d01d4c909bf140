import { modelJson } from 'virtual:speech-deck/speaker-data';
import { adoptPageModel } from '../page-model.ts';
import { toggleInWindow } from './in-window.ts';
import type { SpeakerTools } from './tools-loader.ts';
import { showSpeakerWindow } from './window-page.ts';

// The speaker's tools, loaded when first used (S, T, ?speaker): the speaker view with its script, teleprompter and
// rehearsal table, and the page model with every word of the speech, which the deck alone does not need. Built as a
// classic script of its own (src/node/speaker-tools-plugin.ts), so that it loads from a folder too; the one file
// carries it inline.

adoptPageModel(modelJson);
const tools: SpeakerTools = { showSpeakerWindow, toggleInWindow };
window.speechDeckTools = tools;
