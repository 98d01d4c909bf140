import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { replaceScript } from 'vite-plugin-singlefile';
import { afterHeadStart, inlineScripts } from './html-source.ts';
import { postBundle } from './post-bundle.ts';
import type { SpeakerToolsApi } from './speaker-tools-plugin.ts';

function sha256Source(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * The policy for a page whose every resource is inlined or its own file. Inline scripts run only when their hash was
 * computed at build time: no 'unsafe-inline', no 'unsafe-eval'. With `ownFiles`, for a page that adds a script file
 * of its own later (the deck's speaker tools), also the page's own files ('self'): by hash they could not load from
 * a folder, since Chromium checks a file's integrity only on a CORS response, which file:// never is; and workers from
 * `blob:` URLs (voice mode's follower). Nothing may be fetched from anywhere else; script may connect only to the
 * page's own server (`'self'`: the hall's live relay, src/node/present), which from a folder (file://) reaches nothing
 * at all.
 *
 * style-src allows 'unsafe-inline' on purpose: reveal.js writes `<style>` elements at run time (the print view's
 * `@page` size, the scroll view) and style attributes that no build can hash. Inline CSS cannot fetch anything here,
 * since every fetching directive (img, font, connect, frame) allows only the page's own files and data: URIs, so the
 * one thing a style injection could leak through is closed anyway.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], ownFiles = false): string {
  const sources = [...new Set(scriptHashes), ...(ownFiles ? ["'self'"] : [])];
  const scripts = sources.length > 0 ? sources.join(' ') : "'none'";
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
    // Voice mode's follower, on the deck's page only: a worker from a blob: URL, whose code the page's own script
    // file (voice-reference.js) carries, since a page opened from a folder may start no worker from a file.
    `worker-src ${ownFiles ? 'blob:' : "'none'"}`,
    "manifest-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * A chunk's code as it stands in the page once inlined (vite-plugin-singlefile escapes `</script>`, trims, and may
 * drop Vite's module loader): the inliner's own function, given a page of one script, says so.
 */
export function asInlined(code: string): string[] {
  const probe = '<script type="module" crossorigin src="./chunk.js"></script>';
  return [false, true].flatMap((removeLoader) => inlineScripts(replaceScript(probe, 'chunk.js', code, removeLoader)));
}

/**
 * The hashes of the page's inline scripts that are the build's own: those whose text is an emitted chunk's code as
 * inlined. Any other inline script, however it reached the page, gets no hash, and the browser refuses to run it.
 */
export function emittedScriptHashes(html: string, emitted: ReadonlySet<string>): string[] {
  return inlineScripts(html)
    .filter((text) => emitted.has(text))
    .map(sha256Source);
}

/**
 * Puts the policy first in `<head>`, so that it governs everything after it; `ownFiles` where the page adds the
 * build's own script file later (the deck's speaker tools).
 */
export function addPolicy(html: string, emitted: ReadonlySet<string>, ownFiles = false): string {
  const policy = contentSecurityPolicy(emittedScriptHashes(html, emitted), ownFiles);
  const added = afterHeadStart(html, `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
  if (added === undefined) throw new Error('The page has no <head> for its Content-Security-Policy.');
  return added;
}

/**
 * Writes a `<meta http-equiv="Content-Security-Policy">` into every built page once its scripts are inlined, with the
 * hashes of the scripts the build emitted, known by their code in the bundle. Build only: Vite's dev server injects
 * scripts of its own that no hash could foresee.
 * @see https://developer.mozilla.org/docs/Web/HTTP/Guides/CSP
 */
export function contentSecurityPolicyPlugin(): Plugin[] {
  const emitted = new Set<string>();
  let tools: SpeakerToolsApi | undefined;
  return postBundle('speech-deck:csp', {
    configResolved(config) {
      const plugin = config.plugins.find((each) => each.name === 'speech-deck:speaker-tools');
      tools = plugin?.api as SpeakerToolsApi | undefined;
    },
    bundled(bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') for (const text of asInlined(file.code)) emitted.add(text);
      }
      // The speaker's tools, where a page carries them inline (the one file): built by the build, so ours too.
      if (tools) emitted.add(tools.inlineCode());
    },
    page: (page) => addPolicy(page.html, emitted, tools?.namesToolsFile(page.html) ?? false),
  });
}
