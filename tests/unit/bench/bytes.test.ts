import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bytesByType, gzipBytes, resourceKind } from '../../../src/node/bench/bytes.ts';
import { record } from './samples.ts';

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
