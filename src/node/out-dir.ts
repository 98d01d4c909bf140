import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { BUILD_MARKER, markedFiles } from './build-marker-plugin.ts';

/** A folder that a build must not write into: the message is one line, saying what is wrong and what to do. */
export class OutDirError extends Error {
  override name = 'OutDirError';
}

/** A path as the user reads it: relative to the working folder when inside it, else absolute. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** Every file under `folder`, relative to it, with `/` between folders. */
function filesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(folder, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

/** The folder's real path, through symbolic links, whether it exists yet or not (its parent must). */
function realFolder(folder: string, shown: string): string {
  if (existsSync(folder)) return realpathSync(folder);
  const parent = path.dirname(folder);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) {
    throw new OutDirError(`${shown} cannot be made: its parent ${parent} is not a folder; create it first.`);
  }
  return path.join(realpathSync(parent), path.basename(folder));
}

/**
 * Refuses an output folder that a build (which empties it) could lose the user's files in: it must be new (in a folder
 * that exists), empty, or a build of ours holding nothing but what the build listed in its marker; and it is never
 * the project's folder or one that holds it.
 */
export function checkOutDir(outDir: string, root: string, whatToDo = 'give a new or empty folder.'): void {
  const folder = path.resolve(root, outDir);
  const shown = shownPath(folder);
  const real = realFolder(folder, shown);
  const project = realpathSync(root);
  if (real === project || project.startsWith(real.endsWith(path.sep) ? real : real + path.sep)) {
    throw new OutDirError(
      `${shown} is the project's folder or holds it; build into a folder of its own, such as dist.`,
    );
  }
  if (!existsSync(real)) return;
  if (!statSync(real).isDirectory()) throw new OutDirError(`${shown} is a file, not a folder; give a folder.`);
  const files = filesUnder(real);
  if (files.length === 0) return;
  const ours = new Set([BUILD_MARKER, ...(markedFiles(path.join(real, BUILD_MARKER)) ?? [])]);
  const foreign = files.filter((file) => !ours.has(file));
  if (foreign.length === 0) return;
  const others = foreign.length > 1 ? ` and ${foreign.length - 1} more` : '';
  throw new OutDirError(
    `${shown} holds ${foreign[0] ?? ''}${others}, not made by this project's build, which would delete ` +
      `it; ${whatToDo}`,
  );
}

/**
 * Refuses, before anything is built, a build that would empty a folder holding files it did not write (see
 * checkOutDir): Vite empties the folder before any plugin writes, so `npm run build` checks here, as `npm run pdf`
 * checks before it builds. The error is its one line, without a stack.
 */
export function outDirGuard(): Plugin {
  return {
    name: 'speech-deck:out-dir-guard',
    apply: 'build',
    configResolved(config) {
      const outDir = path.resolve(config.root, config.build.outDir);
      // As Vite decides: an explicit emptyOutDir, else only a folder inside the project is emptied.
      const relative = path.relative(config.root, outDir);
      const inside = !relative.startsWith('..') && !path.isAbsolute(relative);
      const empties = config.build.write && (config.build.emptyOutDir ?? inside);
      if (!empties) return;
      try {
        checkOutDir(outDir, config.root, 'move it out, or build into another folder: npm run build -- --outDir DIR.');
      } catch (error) {
        if (error instanceof OutDirError) error.stack = `${error.name}: ${error.message}`;
        throw error;
      }
    },
  };
}
