import * as v from 'valibot';

/**
 * The speaker view's memory, in localStorage under the deck's title, so that both windows of one deck share it and
 * another deck does not. Storage that is full or switched off costs the memory, never the talk. What is read back
 * crossed a boundary (another version, another page of the origin, a hand in the dev tools): it is parsed first.
 */
export class DeckStorage {
  private readonly prefix: string;
  private readonly dropped = new Set<string>();

  constructor(deck: string) {
    this.prefix = `speech-deck:${deck}:`;
  }

  /**
   * The value stored under `key` if it is what `schema` says; undefined when there is none. A value of the wrong
   * shape is removed and its key noted (`reset`), so that the view can say so once and starts afresh.
   */
  read<T>(key: string, schema: v.GenericSchema<unknown, T>): T | undefined {
    let text: string | null;
    try {
      text = window.localStorage.getItem(this.prefix + key);
    } catch {
      return undefined;
    }
    if (text === null) return undefined;
    const parsed = v.safeParse(schema, parseJson(text));
    if (parsed.success) return parsed.output;
    this.dropped.add(key);
    this.remove(key);
    return undefined;
  }

  /** The keys whose stored values were dropped as not valid since this view started. */
  reset(): readonly string[] {
    return [...this.dropped];
  }

  write(key: string, value: unknown): void {
    try {
      window.localStorage.setItem(this.prefix + key, JSON.stringify(value));
    } catch {
      // Private mode or a full store: the view goes on without remembering.
    }
  }

  private remove(key: string): void {
    try {
      window.localStorage.removeItem(this.prefix + key);
    } catch {
      // As above: nothing to forget.
    }
  }
}

/** JSON text as a value; text that is not JSON is a value no schema takes. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return Symbol('not JSON');
  }
}
