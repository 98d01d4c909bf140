// reveal.js 6's bundled types omit or mistype options and methods this deck uses; they are fixed here, once.
import type { RevealApi, RevealConfig } from 'reveal.js';

declare module 'reveal.js' {
  /** reveal.js's configuration as its runtime reads it. */
  interface DeckConfig extends Omit<RevealConfig, 'defaultTiming' | 'showNotes' | 'scrollActivationWidth'> {
    /** Seconds reveal.js's own pacing gives a slide (its notes plugin; unused here: the page model plans the talk). */
    defaultTiming?: number | null;
    /** Seconds for the whole talk; overrides `defaultTiming`. */
    totalTime?: number;
    /** The speaker view warns when a slide's pacing falls under this many seconds. */
    minimumTimePerSlide?: number;
    /** `'separate-page'` prints each slide's notes on a page of their own. */
    showNotes?: boolean | 'separate-page';
    /** `null` never switches to the scroll view by width. */
    scrollActivationWidth?: number | null;
  }

  interface RevealApi {
    initialize(options?: DeckConfig): Promise<RevealApi>;
    configure(options?: DeckConfig): void;
    getConfig(): DeckConfig;
    isPrintView(): boolean;
    isScrollView(): boolean;
  }
}

declare global {
  interface Window {
    /** The running deck, where tools such as decktape look for it. */
    Reveal: RevealApi;
  }
}
