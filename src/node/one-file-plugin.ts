import type { Plugin } from 'vite';
import { withoutElements } from './html-source.ts';
import { postBundle } from './post-bundle.ts';
import type { SpeakerToolsApi } from './speaker-tools-plugin.ts';
import type { SpeechDeckApi } from './vite-plugin.ts';

export interface OneFileOptions {
  /** The self-contained page to copy. @default 'index.html' */
  readonly from?: string;
  /**
   * The copy's name: the speech's, so that a file on a USB stick or in an e-mail says what it is.
   * @default the outline's output name (its kind and date, `statement-2022-05-19.html`), from the speech-deck plugin
   */
  readonly fileName?: string;
}

/**
 * Drops the elements marked `data-folder-only`: those that point at another file of the folder, which the one file
 * travels without (in `<noscript>` too, where a reader without JavaScript would see them).
 */
export function withoutFolderLinks(html: string): string {
  return withoutElements(html, 'data-folder-only');
}

/**
 * Writes the deck once more as one file to carry alone: the copy loses its links to the folder's other pages, which
 * would lead nowhere, and carries the speaker's tools inline (speaker-tools-plugin.ts) in place of their file's name.
 * Listed before the Content-Security-Policy, which then covers the copy too.
 */
export function oneFile(options: OneFileOptions = {}): Plugin[] {
  const from = options.from ?? 'index.html';
  let deck: SpeechDeckApi | undefined;
  let tools: SpeakerToolsApi | undefined;
  return postBundle('speech-deck:one-file', {
    configResolved(config) {
      deck = config.plugins.find((plugin) => plugin.name === 'speech-deck')?.api as SpeechDeckApi | undefined;
      tools = config.plugins.find((plugin) => plugin.name === 'speech-deck:speaker-tools')?.api as
        SpeakerToolsApi | undefined;
    },
    async page(page, emit) {
      if (page.fileName !== from) return undefined;
      const fileName = options.fileName ?? (deck && `${await deck.outputName()}.html`);
      if (fileName === undefined) throw new Error('oneFile() needs a fileName, or the speechDeck() plugin to name it.');
      // The speaker's tools inline: the one file has no folder to load them from.
      const html = withoutFolderLinks(page.html);
      emit(fileName, tools ? tools.withToolsInline(html) : html);
      return undefined;
    },
  });
}
