import type { Action } from '../keys.ts';
import type { IdRecord } from './id-record.ts';
import type { DeckStorage } from './storage.ts';
import { storedSettings, TEXT_SIZES } from './storage-schemas.ts';

type Scheme = 'light' | 'dark';

/** The speaker's choices, remembered across reloads. */
export interface Settings {
  /** The script's text size in CSS pixels; null: the default, which grows with the window. */
  readonly textSize: number | null;
  readonly scheme: Scheme;
  readonly rehearse: boolean;
  /** Rehearsed seconds by slide id, when they are the plan; null: the plan from the words. */
  readonly rehearsedPlan: IdRecord<number> | null;
}

const SIZE_STEP = 4;

export function resize(size: number, direction: 1 | -1): number {
  return Math.min(TEXT_SIZES.max, Math.max(TEXT_SIZES.min, size + direction * SIZE_STEP));
}

export function readSettings(storage: Pick<DeckStorage, 'read'>, prefersDark: boolean): Settings {
  const saved = storage.read('settings', storedSettings) ?? {};
  return {
    textSize: saved.textSize ?? null,
    scheme: saved.scheme ?? (prefersDark ? 'dark' : 'light'),
    rehearse: saved.rehearse ?? false,
    rehearsedPlan: saved.rehearsedPlan ?? null,
  };
}

/** Shows the settings on the view's root element: scheme, rehearsal mode and text size. */
export function applySettings(element: HTMLElement, settings: Settings): void {
  element.dataset.scheme = settings.scheme;
  element.classList.toggle('is-rehearsing', settings.rehearse);
  if (settings.textSize === null) element.style.removeProperty('--speaker-text');
  else element.style.setProperty('--speaker-text', `${settings.textSize}px`);
}

/** The change of the view's settings a key asks for (text size, scheme, rehearsal mode); undefined for other keys. */
export function settingFor(action: Action, settings: Settings, textSize: number): Partial<Settings> | undefined {
  switch (action) {
    case 'larger':
    case 'smaller':
      return { textSize: resize(textSize, action === 'larger' ? 1 : -1) };
    case 'default-size':
      return { textSize: null };
    case 'scheme':
      return { scheme: settings.scheme === 'dark' ? 'light' : 'dark' };
    case 'rehearse':
      return { rehearse: !settings.rehearse };
    default:
      return undefined;
  }
}
