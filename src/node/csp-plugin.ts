import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** Inline `<script>` elements with a body: the only scripts a built page runs. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

function sha256Source(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * The policy for a page whose every resource is inlined or its own file. Scripts run only when their hash was
 * computed at build time: no 'unsafe-inline', no 'unsafe-eval'. Nothing may be fetched from anywhere else; script
 * may connect only to the page's own server (`'self'`: the hall's live relay, src/node/present), which from a folder
 * (file://) reaches nothing at all.
 *
 * style-src allows 'unsafe-inline' on purpose: reveal.js writes `<style>` elements at run time (the print view's
 * `@page` size, the scroll view) and style attributes that no build can hash. Inline CSS cannot fetch anything here,
 * since every fetching directive (img, font, connect, frame) allows only the page's own files and data: URIs, so the
 * one thing a style injection could leak through is closed anyway.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  const scripts = scriptHashes.length > 0 ? [...new Set(scriptHashes)].join(' ') : "'none'";
  return [
    "default-src 'none'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "media-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'none'",
    "child-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Every inline script's hash in a page, in order. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((match) => sha256Source(match[1] ?? ''));
}

/** Puts the policy first in `<head>`, so that it governs everything after it. */
export function addPolicy(html: string): string {
  const policy = contentSecurityPolicy(inlineScriptHashes(html));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  if (!/<head>/i.test(html)) throw new Error('The page has no <head> for its Content-Security-Policy.');
  return html.replace(/<head>/i, (head) => `${head}\n    ${meta}`);
}

/**
 * Writes a `<meta http-equiv="Content-Security-Policy">` into every built page, hashing its inline scripts once they
 * are final. Build only: Vite's dev server injects scripts of its own that no hash could foresee.
 * @see https://developer.mozilla.org/docs/Web/HTTP/Guides/CSP
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'speech-deck:csp',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          file.source = addPolicy(html);
        }
      },
    },
  };
}
