import { gzipSync } from 'node:zlib';

export type ResourceKind = 'html' | 'js' | 'css' | 'font' | 'image' | 'other';
export const RESOURCE_KINDS: readonly ResourceKind[] = ['html', 'js', 'css', 'font', 'image', 'other'];

/** Kinds a server compresses; fonts (woff2 is already compressed) and images count as they are. */
const TEXT_KINDS: ReadonlySet<ResourceKind> = new Set(['html', 'js', 'css']);

const KIND_BY_RESOURCE_TYPE: Readonly<Record<string, ResourceKind>> = {
  document: 'html',
  script: 'js',
  stylesheet: 'css',
  font: 'font',
  image: 'image',
};

/** What a response is, by its Content-Type, else by what the browser fetched it as. */
export function resourceKind(contentType: string | undefined, resourceType: string): ResourceKind {
  const mime = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime === 'text/html') return 'html';
  if (/javascript|ecmascript/.test(mime)) return 'js';
  if (mime === 'text/css') return 'css';
  if (mime.startsWith('font/') || mime.includes('font-') || mime.includes('woff')) return 'font';
  if (mime.startsWith('image/')) return 'image';
  return KIND_BY_RESOURCE_TYPE[resourceType] ?? 'other';
}

/** Size after `gzip -9` for text, as it is otherwise. */
export function gzipBytes(body: Uint8Array, kind: ResourceKind): number {
  if (body.length === 0 || !TEXT_KINDS.has(kind)) return body.length;
  return gzipSync(body, { level: 9 }).length;
}

/** One response of a load. `raw` is the decoded body; `wire` is the body as the server sent it (maybe compressed). */
export interface ResponseRecord {
  readonly url: string;
  readonly status: number;
  readonly kind: ResourceKind;
  readonly raw: number;
  readonly gzip: number;
  readonly wire: number;
}

export interface ByteCount {
  readonly files: number;
  readonly raw: number;
  readonly gzip: number;
  readonly wire: number;
}

export type ByteTable = Readonly<Record<ResourceKind | 'total', ByteCount>>;

const NO_BYTES: ByteCount = { files: 0, raw: 0, gzip: 0, wire: 0 };

function addBytes(sum: ByteCount, record: ResponseRecord): ByteCount {
  return {
    files: sum.files + 1,
    raw: sum.raw + record.raw,
    gzip: sum.gzip + record.gzip,
    wire: sum.wire + record.wire,
  };
}

export function bytesByType(records: readonly ResponseRecord[]): ByteTable {
  const table: Record<ResourceKind | 'total', ByteCount> = {
    html: NO_BYTES,
    js: NO_BYTES,
    css: NO_BYTES,
    font: NO_BYTES,
    image: NO_BYTES,
    other: NO_BYTES,
    total: NO_BYTES,
  };
  for (const record of records) {
    table[record.kind] = addBytes(table[record.kind], record);
    table.total = addBytes(table.total, record);
  }
  return table;
}
