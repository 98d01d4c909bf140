import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { speech } from '../../../slides/speech.ts';
import * as deck from '../../../src/model/deck.ts';
import { injectDeck } from '../../../src/node/page-html.ts';

// The model is built once per page, by the page (injectDeck, the scripts), and every renderer takes it.
vi.mock('../../../src/model/deck.ts', { spy: true });

const ROOT = path.resolve(import.meta.dirname, '../../..');
const RENDERERS = [
  'src/model/render.ts',
  'src/model/reading.ts',
  'src/model/script.ts',
  'src/model/handout.ts',
  'src/model/handout-page.ts',
  'src/model/translation-reading.ts',
  'src/model/translation-handout.ts',
  'src/model/translation-view.ts',
  'src/model/screen.ts',
  'src/node/pdf/metadata.ts',
];

describe('the renderers', () => {
  it.for(RENDERERS)('%s takes the deck model and never builds it', (file) => {
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    expect(source).not.toMatch(/\b(deckModel|deckSlides)\b/);
  });

  it.for([...RENDERERS, 'src/node/vite-plugin.ts', 'src/node/page-html.ts', 'src/node/pdf/handout.ts'])(
    '%s writes HTML through the escaping template, never by hand with escapeHtml',
    (file) => {
      expect(readFileSync(path.join(ROOT, file), 'utf8')).not.toMatch(/\bescapeHtml\(/);
    },
  );

  it.for(['index.html', 'read.html', 'handout.html', 'follow.html', 'remote.html'])(
    '%s builds the model once',
    (page) => {
      vi.mocked(deck.deckModel).mockClear();
      vi.mocked(deck.deckSlides).mockClear();
      injectDeck(readFileSync(path.join(ROOT, page), 'utf8'), { speech, accent: '#00557f', page });
      expect(deck.deckModel).toHaveBeenCalledTimes(1);
      // Its slides come only from inside deckModel (a call within the module is not spied on): no renderer asks again.
      expect(deck.deckSlides).not.toHaveBeenCalled();
    },
  );
});
