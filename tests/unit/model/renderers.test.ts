import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { speech } from '../../../slides/speech.ts';
import * as deck from '../../../src/model/deck.ts';
import { injectDeck } from '../../../src/node/page-html.ts';

// The model is built once per page, by the page (injectDeck, the scripts), and every renderer takes it.
vi.mock('../../../src/model/deck.ts', { spy: true });

const ROOT = path.resolve(import.meta.dirname, '../../..');

// That a renderer never builds the model, nor writes HTML by hand, is a lint rule (eslint.config.js, proven in
// tests/unit/layers.test.ts), which holds for every renderer, a new one too; this proves the pages' side of it.
describe('the renderers', () => {
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
