import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  alignColumns,
  bytesByType,
  formatMarkdown,
  formatReport,
  gzipBytes,
  median,
  ratios,
  resourceKind,
  spread,
  stockPageHtml,
  verdict,
  STOCK_FILES,
  type BenchResult,
  type PageFigures,
  type ResponseRecord,
} from '../../src/node/bench.ts';

const record = (kind: ResponseRecord['kind'], raw: number, gzip: number, wire = gzip): ResponseRecord => ({
  url: `http://127.0.0.1/${kind}`,
  status: 200,
  kind,
  raw,
  gzip,
  wire,
});

function page(readyMs: number[], responses: ResponseRecord[]): PageFigures {
  return { url: 'http://127.0.0.1/', readyMs, ready: spread(readyMs), responses, bytes: bytesByType(responses) };
}

function result(deck: PageFigures, stock: PageFigures): BenchResult {
  return {
    date: '2026-01-02T03:04:05.000Z',
    machine: {
      cpu: 'Test CPU',
      cores: 2,
      memoryBytes: 2 * 1024 ** 3,
      os: 'Linux 6 x64',
      node: 'v20.0.0',
      chromium: '150.0',
    },
    loads: 3,
    viewport: { width: 1280, height: 720 },
    serving: 'both alike',
    loadAverage: { before: 0.25, after: 1.5 },
    deck,
    stock,
    ratios: ratios(deck, stock),
  };
}

const fastSmall = page(
  [100, 110, 120],
  [record('html', 10_240, 2_048), record('js', 51_200, 10_240), record('font', 20_480, 20_480)],
);
const slowLarge = page(
  [200, 190, 210],
  [record('html', 10_240, 2_048), record('js', 102_400, 30_720), record('css', 512_000, 204_800)],
);

describe('median', () => {
  it('takes the middle value of an odd sample, whatever its order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('averages the two middle values of an even sample', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty sample', () => {
    expect(() => median([])).toThrow(/at least one value/);
  });

  it('leaves its input unsorted', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('spread', () => {
  it('gives min, quartiles interpolated between ranks, max and the interquartile range', () => {
    expect(spread([1, 2, 3, 4, 5])).toEqual({ min: 1, q1: 2, median: 3, q3: 4, max: 5, iqr: 2 });
    expect(spread([10, 40, 20, 30])).toEqual({ min: 10, q1: 17.5, median: 25, q3: 32.5, max: 40, iqr: 15 });
  });

  it('collapses to one value for a sample of one', () => {
    expect(spread([7])).toEqual({ min: 7, q1: 7, median: 7, q3: 7, max: 7, iqr: 0 });
  });
});

describe('resourceKind', () => {
  it('goes by the Content-Type, ignoring parameters and case', () => {
    expect(resourceKind('text/html; charset=utf-8', 'document')).toBe('html');
    expect(resourceKind('text/javascript', 'script')).toBe('js');
    expect(resourceKind('application/javascript; charset=UTF-8', 'script')).toBe('js');
    expect(resourceKind('Text/CSS', 'stylesheet')).toBe('css');
    expect(resourceKind('font/woff2', 'font')).toBe('font');
    expect(resourceKind('application/font-woff', 'other')).toBe('font');
    expect(resourceKind('image/svg+xml', 'image')).toBe('image');
  });

  it('falls back on what the browser fetched the resource as', () => {
    expect(resourceKind(undefined, 'font')).toBe('font');
    expect(resourceKind('application/octet-stream', 'stylesheet')).toBe('css');
    expect(resourceKind(undefined, 'fetch')).toBe('other');
  });
});

describe('gzipBytes', () => {
  const text = new TextEncoder().encode('<section>slide</section>\n'.repeat(200));

  it('gives the size of a level-9 gzip of text', () => {
    expect(gzipBytes(text, 'html')).toBe(gzipSync(text, { level: 9 }).length);
    expect(gzipBytes(text, 'css')).toBeLessThan(text.length / 10);
  });

  it('counts fonts and images as they are', () => {
    expect(gzipBytes(text, 'font')).toBe(text.length);
    expect(gzipBytes(text, 'image')).toBe(text.length);
  });

  it('counts an empty body as nothing, not as a gzip header', () => {
    expect(gzipBytes(new Uint8Array(), 'js')).toBe(0);
  });
});

describe('bytesByType', () => {
  it('sums files, raw, gzip and wire bytes by kind and in total', () => {
    const table = bytesByType([record('js', 100, 40, 42), record('js', 50, 20, 21), record('css', 30, 10, 30)]);
    expect(table.js).toEqual({ files: 2, raw: 150, gzip: 60, wire: 63 });
    expect(table.css).toEqual({ files: 1, raw: 30, gzip: 10, wire: 30 });
    expect(table.font).toEqual({ files: 0, raw: 0, gzip: 0, wire: 0 });
    expect(table.total).toEqual({ files: 3, raw: 180, gzip: 70, wire: 93 });
  });

  it('gives zeros for a load with no responses', () => {
    expect(bytesByType([]).total).toEqual({ files: 0, raw: 0, gzip: 0, wire: 0 });
  });
});

describe('stockPageHtml', () => {
  const html = stockPageHtml({ title: 'Statement of A & B', html: '<section id="one">One</section>' });

  it('links every reveal.js stylesheet and loads every script from dist/, styles in the head', () => {
    for (const file of STOCK_FILES) expect(html).toContain(`dist/${file}`);
    expect(html).toContain('<link rel="stylesheet" href="dist/theme/black.css" />');
    expect(html.indexOf('dist/reveal.css')).toBeLessThan(html.indexOf('</head>'));
    expect(html.indexOf('<script src="dist/reveal.js">')).toBeGreaterThan(html.indexOf('</section>'));
  });

  it('loads reveal.js before its plugins, and initializes after both', () => {
    const reveal = html.indexOf('dist/reveal.js');
    for (const plugin of ['notes', 'search', 'zoom'])
      expect(html.indexOf(`dist/plugin/${plugin}.js`)).toBeGreaterThan(reveal);
    expect(html.indexOf('Reveal.initialize')).toBeGreaterThan(html.indexOf('dist/plugin/zoom.js'));
    expect(html).toContain('Reveal.initialize({ hash: true, plugins: [RevealNotes, RevealSearch, RevealZoom] });');
  });

  it('puts the sections inside .reveal > .slides and escapes the title', () => {
    expect(html).toContain('<div class="reveal">\n      <div class="slides"><section id="one">One</section></div>');
    expect(html).toContain('<title>Statement of A &amp; B</title>');
  });
});

describe('ratios and verdict', () => {
  it('divides the deck by the stock page', () => {
    const r = ratios(fastSmall, slowLarge);
    expect(r.readyMedian).toBeCloseTo(110 / 200);
    expect(r.gzip).toBeCloseTo(32_768 / 237_568);
    expect(r.raw).toBeCloseTo(81_920 / 624_640);
  });

  it('meets the goals only at 30% faster and under a third of the bytes', () => {
    expect(verdict({ ratios: { readyMedian: 0.7, gzip: 0.33, raw: 0.34, wire: 0.33 } })).toEqual({
      faster: true,
      smallerGzip: true,
      smallerRaw: false,
    });
    expect(verdict({ ratios: { readyMedian: 0.71, gzip: 1 / 3, raw: 0.1, wire: 0.1 } })).toEqual({
      faster: false,
      smallerGzip: false,
      smallerRaw: true,
    });
  });
});

describe('alignColumns', () => {
  it('pads labels to the left and figures to the right, without trailing spaces', () => {
    expect(
      alignColumns([
        ['', 'a', 'bbb'],
        ['row', '10', '2'],
        ['longer row', '1'],
      ]),
    ).toBe(
      // Widths 10, 2 and 3, three spaces between columns.
      ['              a   bbb', 'row          10     2', 'longer row    1'].join('\n'),
    );
  });
});

describe('formatReport', () => {
  const report = formatReport(result(fastSmall, slowLarge));
  const lines = report.split('\n');

  it('tables the timings with median and spread', () => {
    const header = lines.find((line) => line.includes('median'));
    expect(header?.trim().split(/\s+/)).toEqual(['median', 'min', 'q1', 'q3', 'max', 'IQR']);
    expect(
      lines
        .find((line) => line.startsWith('deck '))
        ?.trim()
        .split(/\s+/),
    ).toEqual(['deck', '110.0', '100.0', '105.0', '115.0', '120.0', '10.0']);
    expect(lines.find((line) => line.startsWith('deck / stock'))).toMatch(/0\.55$/);
  });

  it('tables bytes by type in KiB, leaving out kinds neither page loaded', () => {
    expect(
      lines
        .find((line) => line.startsWith('JS '))
        ?.trim()
        .split(/\s+/),
    ).toEqual(['JS', '1', '50.0', '10.0', '1', '100.0', '30.0', '0.33']);
    expect(lines.find((line) => line.startsWith('Fonts '))).toMatch(/–$/);
    expect(lines.some((line) => line.startsWith('Images') || line.startsWith('Other'))).toBe(false);
    expect(
      lines
        .find((line) => line.startsWith('Total '))
        ?.trim()
        .split(/\s+/)[1],
    ).toBe('3');
  });

  it('lines up every row of a table to the same width of label', () => {
    const rows = lines.filter((line) => /^(HTML|JS|CSS|Fonts|Total) /.test(line));
    const firstFigure = rows.map((line) => line.search(/\s\S/));
    expect(new Set(firstFigure).size).toBe(1);
  });

  it('says where the deck stands on both goals', () => {
    expect(report).toContain(
      'Speed goal, at least 30% faster (median ratio <= 0.70): met, the deck is ready 45% sooner',
    );
    expect(report).toMatch(
      /Size goal, under a third of the bytes \(ratio < 0\.33\): gzip met \(ratio 0\.14\), raw met/,
    );
    expect(formatReport(result(slowLarge, fastSmall))).toMatch(/Speed goal.*NOT met/);
  });

  it('names the machine and how busy it was', () => {
    expect(lines[0]).toBe('Machine: Test CPU, 2 cores, 2.0 GiB, Linux 6 x64, Node v20.0.0, Chromium 150.0');
    expect(report).toContain('1-minute load average 0.25 before the timed loads, 1.50 after (2 cores).');
  });
});

describe('formatMarkdown', () => {
  const markdown = formatMarkdown(result(fastSmall, slowLarge));

  it('is a Markdown table of time and bytes, deck against stock, with the ratio', () => {
    expect(markdown).toContain('| | This deck | Stock reveal.js | Deck / stock |');
    expect(markdown).toContain(
      '| Navigation start to `.reveal.ready`, median | 110 ms (IQR 105–115) | 200 ms (IQR 195–205) | 0.55 |',
    );
    expect(markdown).toContain('| First-load bytes, gzip -9 | 32 KiB | 232 KiB | 0.14 |');
  });

  it('dates the figures, names the machine and the goals', () => {
    expect(markdown).toContain('on 2026-01-02 (Test CPU, 2 cores');
    expect(markdown).toMatch(
      /Goals: ready at least 30% sooner — met \(45% sooner\); under a third of the bytes — met gzipped/,
    );
  });
});
