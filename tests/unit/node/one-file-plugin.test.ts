import { describe, expect, it } from 'vitest';
import { withoutFolderLinks } from '../../../src/node/one-file-plugin.ts';

describe('withoutFolderLinks', () => {
  it('drops the elements that point at the folder, nested markup and a wrapped closing tag included', () => {
    const html =
      '<p>Slides<span data-folder-only\n>, or <a href="./read.html">read</a></span\n>.</p>' +
      '<a class="reading-link" href="./read.html" data-folder-only>Read</a><section id="title"><span>kept</span></section>';
    expect(withoutFolderLinks(html)).toBe('<p>Slides.</p><section id="title"><span>kept</span></section>');
  });

  it('leaves a page without such elements as it is', () => {
    expect(withoutFolderLinks('<a href="#/x">x</a>')).toBe('<a href="#/x">x</a>');
  });
});
