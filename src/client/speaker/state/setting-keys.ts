import type { Action } from '../keys.ts';
import { resize, type Settings } from './settings.ts';

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
