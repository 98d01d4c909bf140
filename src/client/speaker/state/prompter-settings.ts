import * as v from 'valibot';
import type { DeckStorage } from './storage.ts';

/** The teleprompter's choices: paced scrolling on or off, its speed against the plan, the script mirrored. */
export interface PrompterSettings {
  readonly paced: boolean;
  /** Times the planned pace: 1 keeps the plan, 1.2 runs a fifth faster. */
  readonly speed: number;
  readonly mirror: boolean;
  /** Voice mode: the script follows the speaker's voice (off until asked for: it needs the microphone). */
  readonly voice: boolean;
}

const PROMPTER_STORAGE_KEY = 'prompter';

const MIN_SPEED = 0.5;
const MAX_SPEED = 2;
const SPEED_STEP = 0.1;

const DEFAULTS: PrompterSettings = { paced: true, speed: 1, mirror: false, voice: false };

/** What is stored is read back through this: a field that is not what it should be falls back on its own. */
const StoredSettings = v.fallback(
  v.object({
    paced: v.fallback(v.boolean(), DEFAULTS.paced),
    speed: v.fallback(v.pipe(v.number(), v.finite(), v.minValue(MIN_SPEED), v.maxValue(MAX_SPEED)), DEFAULTS.speed),
    mirror: v.fallback(v.boolean(), DEFAULTS.mirror),
    voice: v.fallback(v.boolean(), DEFAULTS.voice),
  }),
  DEFAULTS,
);

export function readPrompterSettings(stored: unknown): PrompterSettings {
  return v.parse(StoredSettings, stored);
}

/** A step faster (1) or slower (-1), in tenths, within half and twice the plan's pace. */
export function changeSpeed(speed: number, direction: 1 | -1): number {
  const next = Math.round((speed + direction * SPEED_STEP) * 10) / 10;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, next));
}

/** The stored choices, field by field: a wrong field falls back to its default alone. */
export function loadPrompterSettings(storage: DeckStorage): PrompterSettings {
  return readPrompterSettings(storage.read(PROMPTER_STORAGE_KEY, v.unknown()));
}

export function savePrompterSettings(storage: DeckStorage, settings: PrompterSettings): void {
  storage.write(PROMPTER_STORAGE_KEY, settings);
}
