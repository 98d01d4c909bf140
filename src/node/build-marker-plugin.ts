import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import type { Plugin } from 'vite';

/** The file that says a folder is a build of this project, and lists what the build wrote there. */
export const BUILD_MARKER = '.speech-deck-build';

const MarkerSchema = v.object({
  madeBy: v.literal('speech-deck'),
  /** Every file the build wrote, relative to the folder, with `/` between folders. */
  files: v.array(v.string()),
});

/** The files a marker lists, or undefined when `file` is missing or is not our marker. */
export function markedFiles(file: string): readonly string[] | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(v.pipe(v.string(), v.parseJson(), MarkerSchema), text);
  return parsed.success ? parsed.output.files : undefined;
}

/**
 * Writes the marker into the build's folder, so that a later build (`npm run pdf -- --dist`) knows the folder as ours
 * and what in it it may replace. Each page's build adds its files: the further pages build into the same folder
 * after the deck (pages-plugin.ts), and the deck's build, which empties the folder first, starts the list afresh.
 */
export function buildMarker(): Plugin {
  let outDir = '';
  return {
    name: 'speech-deck:build-marker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      order: 'post',
      handler(_options, bundle) {
        const file = path.join(outDir, BUILD_MARKER);
        const files = new Set([...(markedFiles(file) ?? []), ...Object.keys(bundle)]);
        const marker: v.InferOutput<typeof MarkerSchema> = { madeBy: 'speech-deck', files: [...files].sort() };
        writeFileSync(file, `${JSON.stringify(marker, null, 2)}\n`);
      },
    },
  };
}
