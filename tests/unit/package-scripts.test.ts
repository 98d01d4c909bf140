import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * npm runs a script with sh on Linux and macOS and with cmd.exe on Windows, where many speakers and organisers work:
 * what only one of them understands is refused, each with why. Double quotes work in both, and a glob in them is
 * left to the tool (stylelint "**\/*.css"); `&&` and `||` mean the same in both.
 */
const SHELL_ONLY: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /(^|&&|\|\|)\s*exec\s/, why: '`exec` is a POSIX shell builtin' },
  { pattern: /(^|&&|\|\||\s)[A-Za-z_][A-Za-z0-9_]*=\S*\s/, why: 'a `VAR=value` prefix sets nothing in cmd.exe' },
  { pattern: /\$/, why: '`$VAR` and `$(...)` are expanded by sh only' },
  { pattern: /%[A-Za-z_]/, why: '`%VAR%` is expanded by cmd.exe only' },
  { pattern: /'/, why: 'cmd.exe keeps single quotes as part of the word' },
  { pattern: /`/, why: 'backticks are command substitution in sh only' },
  { pattern: /;/, why: '`;` separates commands in sh only' },
  { pattern: /(^|[^&])&([^&]|$)/, why: 'a single `&` backgrounds in sh and chains in cmd.exe' },
  { pattern: /\\\s*$|\\\n/, why: 'a backslash continues a line in sh only' },
  { pattern: /\/dev\/null/, why: '/dev/null does not exist on Windows' },
  {
    pattern: /(^|&&|\|\||\|)\s*(rm|cp|mv|mkdir|cat|ls|touch|chmod|ln|sed|grep|test|true|false|export|source|cd)(\s|$)/,
    why: 'a POSIX command that cmd.exe does not have (use a Node script)',
  },
  { pattern: /\b(if|then|fi|for|do|done)\b.*;/, why: 'sh control flow' },
];

/** A script with its double-quoted parts blanked out: what the shell itself reads. */
function unquoted(script: string): string {
  return script.replace(/"[^"]*"/g, '""');
}

/** What in `script` only one shell understands, one line each; empty when it runs the same in sh and cmd.exe. */
function shellOnly(script: string): string[] {
  const bare = unquoted(script);
  const problems = SHELL_ONLY.filter(({ pattern }) => pattern.test(bare)).map(({ why }) => why);
  // sh expands a bare glob itself; cmd.exe passes it on as it is.
  if (/[*?]/.test(bare)) problems.push('a glob outside double quotes is expanded by sh only');
  // An odd double quote leaves the rest of the line quoted in one shell and not in the other.
  if ((script.match(/"/g) ?? []).length % 2 === 1) problems.push('an unclosed double quote');
  return problems;
}

describe('npm scripts', () => {
  const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };

  it.for(Object.entries(scripts))('"%s" runs under sh and cmd.exe alike', ([, script]) => {
    expect(shellOnly(script)).toEqual([]);
  });

  it.for([
    'exec tsx scripts/pdf.ts',
    'tsc && exec node x.js',
    'NODE_ENV=production vite build',
    'vite build && FOO=1 node x.js',
    'node $HOME/x.js',
    'echo %PATH%',
    "stylelint '**/*.css'",
    'echo `date`',
    'tsc; vitest run',
    'vite preview & node x.js',
    'rm -rf dist && vite build',
    'tsc && cp a b',
    'prettier --check src/*.ts',
    'node x.js 2>/dev/null',
    'node "x.js',
  ])('refuses %s', (script) => {
    expect(shellOnly(script)).not.toEqual([]);
  });

  it.for(['stylelint "**/*.css"', 'tsc --noEmit && eslint . && knip', 'node --import tsx scripts/pdf.ts', 'vite'])(
    'accepts %s',
    (script) => {
      expect(shellOnly(script)).toEqual([]);
    },
  );
});
