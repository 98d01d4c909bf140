import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readSettings, resize } from '../../../../../src/client/speaker/state/settings.ts';
import type { DeckStorage } from '../../../../../src/client/speaker/state/storage.ts';

/** Storage holding one value under `settings`, parsed as DeckStorage parses it (undefined when it fails). */
function holding(value: unknown): Pick<DeckStorage, 'read'> {
  return {
    read: <T>(key: string, schema: v.GenericSchema<unknown, T>) => {
      if (key !== 'settings' || value === undefined) return undefined;
      const parsed = v.safeParse(schema, value);
      return parsed.success ? parsed.output : undefined;
    },
  };
}

describe('speaker settings', () => {
  it('steps the text size by 4 px between 20 and 72', () => {
    expect(resize(32, 1)).toBe(36);
    expect(resize(32, -1)).toBe(28);
    expect(resize(70, 1)).toBe(72);
    expect(resize(22, -1)).toBe(20);
  });

  it('defaults to the text size that grows with the window, and the scheme the system prefers', () => {
    expect(readSettings(holding(undefined), true)).toEqual({
      textSize: null,
      scheme: 'dark',
      rehearse: false,
      rehearsedPlan: null,
    });
    expect(readSettings(holding(undefined), false).scheme).toBe('light');
  });

  it('reads back what was saved, and takes defaults for what was not', () => {
    const settings = readSettings(holding({ textSize: 40, scheme: 'light', rehearsedPlan: { japan: 30 } }), true);
    expect(settings.textSize).toBe(40);
    expect(settings.scheme).toBe('light');
    expect(settings.rehearse).toBe(false);
    expect(settings.rehearsedPlan?.japan).toBe(30);
  });

  it('starts from the defaults when what was saved is not valid', () => {
    expect(readSettings(holding({ textSize: 'abc', scheme: 'dark' }), false)).toEqual(
      readSettings(holding(undefined), false),
    );
  });
});
