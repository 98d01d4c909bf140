// The README and docs/*.md as the tests read them: the commands they name and the keys their tables list. Every page
// of docs/ is read, so a page added later is held to the same rules.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** README.md and every docs/*.md, by path relative to the project, with their text. */
export function docPages(): readonly (readonly [file: string, text: string])[] {
  const docs = readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs].map((file) => [file, readFileSync(path.join(ROOT, file), 'utf8')] as const);
}

export interface NamedCommand {
  readonly file: string;
  /** The npm script: `pdf` in `npm run pdf -- --out x`. */
  readonly script: string;
  /** The options given to it after `--`: `--out`. */
  readonly flags: readonly string[];
}

/** Each `npm run NAME` a page names, with the options it gives after `--` on the same line or code span. */
export function namedCommands(file: string, text: string): NamedCommand[] {
  return Array.from(text.matchAll(/npm run ([\w:.-]+)([^`\n|]*)/g), (match) => {
    const tail = match[2] ?? '';
    const afterDashes = /(?:^|[\s[])--(?=\s)(.*)$/.exec(tail)?.[1] ?? '';
    const flags = Array.from(afterDashes.matchAll(/(?:^|[\s[])(--[a-z][\w-]*)/g), (flag) => flag[1] ?? '');
    return { file, script: match[1] ?? '', flags };
  });
}

/**
 * The keys of each keys table, by the table's first header: `key` for the deck's keys, `key in the speaker view` for
 * the speaker view's. A cell's keys are its bold parts, else its words: `**B** (or **.**)` is B and `.`;
 * `→ / Space, ←` is →, Space and ←.
 */
export function keyTables(text: string): Map<string, string[][]> {
  const tables = new Map<string, string[][]>();
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim());
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const header = lines[i] ?? '';
    if (!header.startsWith('|') || !/^\|[\s:|-]+\|$/.test((lines[i + 1] ?? '').trim())) continue;
    const kind = (cells(header)[0] ?? '').toLowerCase();
    if (!kind.startsWith('key')) continue;
    const rows = tables.get(kind) ?? [];
    for (let row = i + 2; (lines[row] ?? '').startsWith('|'); row += 1)
      rows.push(cellKeys(cells(lines[row] ?? '')[0] ?? ''));
    tables.set(kind, rows);
  }
  return tables;
}

function cellKeys(cell: string): string[] {
  const bold = Array.from(cell.matchAll(/\*\*(.+?)\*\*/g), (match) => match[1] ?? '');
  const rest = cell
    .replace(/\*\*(.+?)\*\*/g, ' ')
    .replace(/\(or\b|[()]/g, ' ')
    .split(/[\s,/]+/)
    .filter((word) => word !== '');
  return [...bold, ...rest];
}
