import { describe, expect, it } from 'vitest';
import { afterHeadStart, inlineScripts, withoutElements } from '../../../src/node/html-source.ts';

describe('inlineScripts', () => {
  it('reads every inline script as the browser does, and no text that only looks like one', () => {
    const page =
      '<head><script>a()</script><script src="x.js"></script></head><body><!-- <script>b()</script> -->' +
      '<textarea><script>c()</script></textarea><template><script>d("</scr" + "ipt>")</script></template></body>';
    expect(inlineScripts(page)).toEqual(['a()', 'd("</scr" + "ipt>")']);
  });
});

describe('withoutElements', () => {
  it('drops the marked elements with their content, in <noscript> too, and leaves the rest byte for byte', () => {
    const page =
      '<head><noscript><style>p{}</style></noscript></head><body><noscript><p>Slides<span data-x\n>, or ' +
      '<a href="./read.html">read</a></span\n>.</p></noscript><a  href="./read.html" data-x>Read<b data-x>!</b></a>' +
      '<section id="title"><span>kept</span></section></body>';
    expect(withoutElements(page, 'data-x')).toBe(
      '<head><noscript><style>p{}</style></noscript></head><body><noscript><p>Slides.</p></noscript>' +
        '<section id="title"><span>kept</span></section></body>',
    );
  });
});

describe('afterHeadStart', () => {
  it("inserts right after the page's own <head>, and says when it has none", () => {
    expect(afterHeadStart('<html><head lang="en"><title>t</title></head></html>', '<meta>')).toBe(
      '<html><head lang="en"><meta><title>t</title></head></html>',
    );
    expect(afterHeadStart('<p>no head</p>', '<meta>')).toBeUndefined();
  });
});
