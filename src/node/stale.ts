import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { BUILD_INPUTS } from './build-inputs.ts';

function newestChange(file: string): number {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (stats === undefined) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(file).map((entry) => newestChange(path.join(file, entry))));
}

/** Why `outDir` must be built (again), or undefined when its pages are newer than every source. */
export function staleBuild(root: string, outDir: string, pages: readonly string[]): string | undefined {
  const built = pages.map((page) => statSync(path.join(outDir, page), { throwIfNoEntry: false })?.mtimeMs);
  const missing = pages.find((_, index) => built[index] === undefined);
  if (missing !== undefined) return `${path.relative(root, path.join(outDir, missing))} is missing`;
  const oldest = Math.min(...built.map((time) => time ?? 0));
  const changed = BUILD_INPUTS.find((source) => newestChange(path.join(root, source)) > oldest);
  return changed === undefined ? undefined : `${changed} changed since the last build`;
}
