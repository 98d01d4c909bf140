import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzipSync } from 'node:zlib';

/**
 * The build's files, read once at start and held in memory with their compressed forms: a hall of phones loading
 * `follow.html` at once costs the server a lookup, never a read or a compression per request. Only the files found
 * at start are served, by exact path, so a path that climbs out of the build or names a hidden file matches nothing.
 *
 * gzip (level 9) is made at start, at once (tens of milliseconds for the whole build); brotli at its best quality
 * (some 8% smaller again, but about a second a page) is made in the background when a page is first asked for (most
 * runs serve two pages of the five), and served from then on.
 *
 * Cache-Control is `no-cache` for every file: nothing here has a fingerprint in its name (the pages are single files
 * named for what they are), so a speaker who rebuilds and restarts mid-session must not leave phones on yesterday's
 * page; a phone asks again each time and gets `304 Not Modified` (by ETag) when nothing changed, a few hundred bytes.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
};
/** Types worth compressing: text. Images, fonts and PDFs are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest', '.ico']);
/** A file larger than this is not held in memory (a build has none; a stray video in --dist would). */
const MAX_FILE_BYTES = 32 * 1024 * 1024;
/** Below this, compression saves less than its header costs. */
const MIN_COMPRESS_BYTES = 512;

interface Entry {
  readonly type: string;
  readonly etag: string;
  readonly identity: Buffer;
  readonly gzip?: Buffer;
  brotli?: Buffer | 'pending';
}

export interface StaticFiles {
  /** Answers a GET or HEAD for one of the build's files; false when `pathname` is none of them. */
  serve(request: IncomingMessage, response: ServerResponse, pathname: string): boolean;
}

const brotli = promisify(brotliCompress);

function listFiles(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    // Hidden files and folders (the build's marker, .env, .git) are never served.
    if (entry.name.startsWith('.')) return [];
    const relative = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return listFiles(path.join(folder, entry.name), relative);
    return entry.isFile() ? [relative] : [];
  });
}

/** Negotiates the encoding the client accepts, best first; q=0 refuses one. */
function accepted(header: string | undefined, encoding: string): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    return name === encoding && (q === undefined || Number(q) > 0);
  });
}

export function staticFiles(root: string, warn: (line: string) => void): StaticFiles {
  const entries = new Map<string, Entry>();
  for (const file of listFiles(root)) {
    const full = path.join(root, ...file.split('/'));
    if (statSync(full).size > MAX_FILE_BYTES) {
      warn(`present: ${file} is over 32 MB and is not served.`);
      continue;
    }
    const identity = readFileSync(full);
    const extension = path.extname(file).toLowerCase();
    const compress = COMPRESSIBLE.has(extension) && identity.length >= MIN_COMPRESS_BYTES;
    const entry: Entry = {
      type: TYPES[extension] ?? 'application/octet-stream',
      etag: createHash('sha256').update(identity).digest('base64url').slice(0, 27),
      identity,
      ...(compress ? { gzip: gzipSync(identity, { level: 9 }) } : {}),
    };
    entries.set(file, entry);
  }

  const startBrotli = (entry: Entry) => {
    entry.brotli = 'pending';
    const params = {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: entry.identity.length,
    };
    // In libuv's thread pool: the server keeps answering meanwhile (with gzip).
    brotli(entry.identity, { params }).then(
      (compressed) => {
        entry.brotli = compressed;
      },
      () => undefined,
    );
  };

  const find = (pathname: string): Entry | undefined => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    const base = decoded.endsWith('/') ? decoded.slice(0, -1) : decoded;
    return entries.get(decoded) ?? entries.get(`${base}/index.html`) ?? entries.get(`${base}.html`);
  };

  return {
    serve(request, response, pathname) {
      const entry = find(pathname);
      if (entry === undefined) return false;
      response.setHeader('Content-Type', entry.type);
      response.setHeader('Cache-Control', 'no-cache');
      response.setHeader('Vary', 'Accept-Encoding');
      if (entry.gzip !== undefined && entry.brotli === undefined) startBrotli(entry);
      const header = request.headers['accept-encoding'];
      const [encoding, body] =
        Buffer.isBuffer(entry.brotli) && accepted(header, 'br')
          ? ['br', entry.brotli]
          : entry.gzip !== undefined && accepted(header, 'gzip')
            ? ['gzip', entry.gzip]
            : [undefined, entry.identity];
      // Each encoding is its own representation with its own tag; a tag of any of them means the same file.
      response.setHeader('ETag', encoding === undefined ? `"${entry.etag}"` : `"${entry.etag}-${encoding}"`);
      const match = request.headers['if-none-match'];
      if (match?.split(',').some((tag) => tag.trim().replace(/^W\//, '').startsWith(`"${entry.etag}`)) === true) {
        response.statusCode = 304;
        response.end();
        return true;
      }
      if (encoding !== undefined) response.setHeader('Content-Encoding', encoding);
      response.setHeader('Content-Length', body.length);
      response.statusCode = 200;
      response.end(request.method === 'HEAD' ? undefined : body);
      return true;
    },
  };
}
