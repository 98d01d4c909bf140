/**
 * The speaker view's memory, in localStorage under the deck's title, so that both windows of one deck share it and
 * another deck does not. Storage that is full or switched off costs the memory, never the talk.
 */
export class DeckStorage {
  private readonly prefix: string;

  constructor(deck: string) {
    this.prefix = `speech-deck:${deck}:`;
  }

  read(key: string): unknown {
    try {
      const text = window.localStorage.getItem(this.prefix + key);
      return text === null ? undefined : (JSON.parse(text) as unknown);
    } catch {
      return undefined;
    }
  }

  write(key: string, value: unknown): void {
    try {
      window.localStorage.setItem(this.prefix + key, JSON.stringify(value));
    } catch {
      // Private mode or a full store: the view goes on without remembering.
    }
  }
}
