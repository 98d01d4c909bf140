import type { Plugin } from 'vite';
import { withoutElements } from './html-source.ts';
import { postBundle } from './post-bundle.ts';

export interface OneFileOptions {
  /** The self-contained page to copy. @default 'index.html' */
  readonly from?: string;
  /** The copy's name: the speech's, so that a file on a USB stick or in an e-mail says what it is. */
  readonly fileName: string;
}

/**
 * Drops the elements marked `data-folder-only`: those that point at another file of the folder, which the one file
 * travels without (in `<noscript>` too, where a reader without JavaScript would see them).
 */
export function withoutFolderLinks(html: string): string {
  return withoutElements(html, 'data-folder-only');
}

/**
 * Writes the deck once more as one file to carry alone: the deck is already self-contained, so the copy only loses
 * its links to the folder's other pages, which would lead nowhere.
 */
export function oneFile(options: OneFileOptions): Plugin[] {
  const from = options.from ?? 'index.html';
  return postBundle('speech-deck:one-file', {
    page(page, emit) {
      if (page.fileName === from) emit(options.fileName, withoutFolderLinks(page.html));
      return undefined;
    },
  });
}
