import {
  VOICE_BUNDLE_GLOBAL,
  VOICE_REFERENCE_FILE,
  VOICE_REFERENCE_GLOBAL,
  VOICE_WORKER_GLOBAL,
} from '../../../voice/files.ts';
import type * as Bundle from './bundle.ts';
import type { VoiceMode } from './voice-mode.ts';

let loaded: Promise<typeof Bundle> | undefined;

/**
 * Voice mode's code and reference, from the file beside the page (a classic script: the one kind a page opened from
 * a folder may load), once; the one file, which has no such file beside it, is told so.
 */
function loadBundle(): Promise<typeof Bundle> {
  return (loaded ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = VOICE_REFERENCE_FILE;
    script.addEventListener('load', () => {
      const bundle = (globalThis as Record<string, unknown>)[VOICE_BUNDLE_GLOBAL] as typeof Bundle | undefined;
      if (bundle === undefined) reject(new Error(`${VOICE_REFERENCE_FILE} did not set up voice mode.`));
      else resolve(bundle);
    });
    script.addEventListener('error', () => {
      loaded = undefined;
      reject(new Error(`Voice mode needs ${VOICE_REFERENCE_FILE} beside the page (the one file leaves it out).`));
    });
    document.head.append(script);
  }));
}

/** Voice mode on the line `element`, once its code and reference are loaded; throws when they cannot be. */
export async function loadVoiceMode(
  element: HTMLElement,
  script: HTMLElement,
  changed: () => void,
): Promise<VoiceMode> {
  const bundle = await loadBundle();
  const globals = globalThis as Record<string, unknown>;
  const worker = globals[VOICE_WORKER_GLOBAL];
  // The reference is parsed where the follower runs (the worker, or this thread when no worker can start).
  const source = {
    reference: globals[VOICE_REFERENCE_GLOBAL],
    workerCode: typeof worker === 'string' ? worker : undefined,
  };
  return new bundle.VoiceMode(element, source, script, changed);
}
