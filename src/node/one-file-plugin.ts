import type { Plugin } from 'vite';

export interface OneFileOptions {
  /** The self-contained page to copy. @default 'index.html' */
  readonly from?: string;
  /** The copy's name: the speech's, so that a file on a USB stick or in an e-mail says what it is. */
  readonly fileName: string;
}

/**
 * Drops the elements marked `data-folder-only`: those that point at another file of the folder, which the one file
 * travels without (one level of nesting: a link, a paragraph).
 */
export function withoutFolderLinks(html: string): string {
  return html.replace(/<(\w+)\b[^>]*\sdata-folder-only\b[^>]*>[\s\S]*?<\/\1\s*>/g, '');
}

/**
 * Writes the deck once more as one file to carry alone: the deck is already self-contained, so the copy only loses
 * its links to the folder's other pages, which would lead nowhere.
 */
export function oneFile(options: OneFileOptions): Plugin {
  const from = options.from ?? 'index.html';
  return {
    name: 'speech-deck:one-file',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle[from];
        if (page === undefined) return;
        if (page.type !== 'asset') throw new Error(`${from} is not a page of this build.`);
        const html = typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source);
        this.emitFile({ type: 'asset', fileName: options.fileName, source: withoutFolderLinks(html) });
      },
    },
  };
}
