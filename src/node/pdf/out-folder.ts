import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OutDirError, shownPath } from '../out-dir.ts';

/** mkdir -p by hand: Node 20's recursive mkdirSync never returns where a parent refuses children (/proc). */
function makeFolder(folder: string): void {
  if (existsSync(folder)) return;
  const parent = path.dirname(folder);
  if (parent !== folder) makeFolder(parent);
  mkdirSync(folder);
}

/**
 * Makes sure the PDFs (or `what` else) can be written into `folder` before anything slow runs: it is made if missing, and a probe file
 * of our own is written and removed. A file in its place, or a folder that cannot be made or written, is an
 * OutDirError of one line.
 */
export function prepareOutFolder(folder: string, what = 'the PDFs'): void {
  const shown = shownPath(folder);
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    throw new OutDirError(`${shown} is a file, not a folder; give a folder for ${what}.`);
  }
  const probe = path.join(folder, `.pdf-probe-${process.pid}`);
  try {
    makeFolder(folder);
    writeFileSync(probe, '', { flag: 'wx' });
    rmSync(probe);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'an error';
    throw new OutDirError(`${shown} cannot be written to (${code}); give a folder you can write to.`);
  }
}
