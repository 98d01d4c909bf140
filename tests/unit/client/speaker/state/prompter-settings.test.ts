import { describe, expect, it } from 'vitest';
import { changeSpeed, readPrompterSettings } from '../../../../../src/client/speaker/state/prompter-settings.ts';

describe("the teleprompter's stored settings", () => {
  it('reads what was stored, and falls back field by field on anything else', () => {
    expect(readPrompterSettings({ paced: false, speed: 1.3, mirror: true, voice: true })).toEqual({
      paced: false,
      speed: 1.3,
      mirror: true,
      voice: true,
    });
    // Voice mode is off until asked for: it needs the microphone.
    expect(readPrompterSettings(undefined)).toEqual({ paced: true, speed: 1, mirror: false, voice: false });
    expect(readPrompterSettings('paced')).toEqual({ paced: true, speed: 1, mirror: false, voice: false });
    expect(readPrompterSettings({ paced: 'no', speed: 9, mirror: true, voice: 'yes' })).toEqual({
      paced: true,
      speed: 1,
      mirror: true,
      voice: false,
    });
    expect(readPrompterSettings({ speed: Number.NaN }).speed).toBe(1);
  });

  it('steps the speed by tenths between half and twice the plan', () => {
    expect(changeSpeed(1, 1)).toBe(1.1);
    expect(changeSpeed(1.1, -1)).toBe(1);
    expect(changeSpeed(0.5, -1)).toBe(0.5);
    expect(changeSpeed(2, 1)).toBe(2);
    expect(changeSpeed(0.7, 1)).toBe(0.8);
  });
});
