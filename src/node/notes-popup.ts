import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { inlineScriptHashes } from './csp-plugin.ts';

/**
 * Hashes of the inline script in reveal.js's speaker view. Its notes plugin opens `about:blank` and writes the view
 * into it with `document.write`; the pop-up inherits the deck's policy, so the script runs only if the deck's policy
 * names its hash. Read from the installed plugin, so that an upgrade cannot silently break the speaker view.
 */
export function notesPopupScriptHashes(): string[] {
  const file = createRequire(import.meta.url).resolve('reveal.js/plugin/notes');
  const code = readFileSync(file.replace(/\.js$/, '.mjs'), 'utf8');
  const literal = /\.document\.write\(("(?:[^"\\]|\\.)*")\)/.exec(code)?.[1];
  if (literal === undefined) throw new Error(`No speaker view page found in ${file}: has the notes plugin changed?`);
  // The page is a plain string literal in the plugin's source; evaluating it alone, in an empty context, decodes it.
  const page = String(runInNewContext(literal, {}));
  return inlineScriptHashes(page);
}
