import type { RevealApi } from 'reveal.js';
import type { advance, coverSlides } from '../deck-keys.ts';
import type { HallClient } from '../present/hall-client.ts';
import type { DeckSide } from './deck-side/deck-side.ts';

/**
 * What the deck lends its tools: the deck, and its keys' own functions, so that the tools' script (a bundle of its
 * own) closes the same covers and moves the deck the same way as the deck's keys.
 */
export interface DeckHost {
  readonly deck: RevealApi;
  readonly advance: typeof advance;
  readonly coverSlides: typeof coverSlides;
}

/**
 * What the speaker's tools (tools.ts) give the deck once loaded: everything the presenter uses beyond the slides,
 * which the projector's first load does not carry.
 */
export interface SpeakerTools {
  /** Shows this page as the speaker view in its own window (`?speaker`). */
  showSpeakerWindow(): void;
  /** The deck's side of the speaker view (the line to its window, T's view beside the slide), made once. */
  deckSide(host: DeckHost): DeckSide;
  /** The deck's side of the hall's server (the QR code, reporting to the listeners), made once. */
  hallClient(host: DeckHost): HallClient;
}

declare global {
  interface Window {
    /** Set by the speaker's tools when their script has run. */
    speechDeckTools?: SpeakerTools;
  }
}

/** Where the built deck names the tools' script: a `<template>` holding the `<script>` to add (not run until then). */
const TOOLS_TEMPLATE_ID = 'speaker-tools';

let loading: Promise<SpeakerTools> | undefined;

function addToolsScript(): Promise<SpeakerTools> {
  const template = document.getElementById(TOOLS_TEMPLATE_ID);
  const source = template instanceof HTMLTemplateElement ? template.content.querySelector('script') : null;
  if (source === null) return Promise.reject(new Error(`The page has no <template id="${TOOLS_TEMPLATE_ID}">.`));
  const script = document.createElement('script');
  script.src = source.getAttribute('src') ?? '';
  // Served, the browser checks the file against the hash the build wrote; from a folder it cannot (a file: response
  // is not CORS-enabled), and the policy's 'self' admits the folder's own file.
  const integrity = source.getAttribute('integrity');
  if (integrity !== null && /^https?:$/.test(location.protocol)) script.integrity = integrity;
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => {
      if (window.speechDeckTools) resolve(window.speechDeckTools);
      else reject(new Error(`${script.src} is not the speaker's tools.`));
    });
    script.addEventListener('error', () => {
      reject(new Error(`its file ${script.src} is missing or not the one built with this deck.`));
    });
    document.head.append(script);
  });
}

/** The speaker's tools if they are already there (the one file carries them, or they were loaded). */
export function loadedSpeakerTools(): SpeakerTools | undefined {
  return window.speechDeckTools;
}

/** The speaker's tools: already there (the one file carries them), or loaded now, once. */
function speakerTools(): Promise<SpeakerTools> {
  if (window.speechDeckTools) return Promise.resolve(window.speechDeckTools);
  // Under `vite dev` (the only place with hot updates) the tools are a module of the page; a build has no import.meta.hot,
  // so the import leaves the build (whatever NODE_ENV says) and the deck adds the tools' own file.
  loading ??= import.meta.hot
    ? import('./tools.ts').then(() => window.speechDeckTools ?? Promise.reject(new Error('No speaker tools.')))
    : addToolsScript();
  // A failed load may be tried again (the file was being copied, say).
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Says in one line, at the top of the page, that `what` cannot work because the tools could not load. */
function showToolsMissing(what: string, error: unknown): void {
  document.querySelector('.speaker-tools-missing')?.remove();
  const line = document.createElement('p');
  line.className = 'speaker-tools-missing';
  line.setAttribute('role', 'alert');
  const reason = error instanceof Error ? error.message : String(error);
  line.textContent = `${what} cannot start: the speaker's tools did not load (${reason.replace(/\.$/, '')}). Keep the deck's folder whole, or use the one file.`;
  Object.assign(line.style, {
    position: 'fixed',
    inset: '0 0 auto',
    zIndex: '1000',
    margin: '0',
    padding: '12px 24px',
    background: '#fff4d6',
    color: '#3b2a00',
    font: '20px/1.4 Georgia, serif',
  });
  document.body.append(line);
}

/**
 * Runs `use` with the speaker's tools once they are there; if they cannot load, the page says in one line that
 * `what` (the speaker view, the QR code, presenting to the hall) cannot start: the deck itself goes on.
 */
export function withSpeakerTools(what: string, use: (tools: SpeakerTools) => void): void {
  speakerTools().then(use, (error: unknown) => {
    showToolsMissing(what, error);
  });
}
