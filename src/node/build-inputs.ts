import path from 'node:path';

/** The outline the deck is built from, relative to the project root, unless the plugin is told another. */
export const DEFAULT_OUTLINE = 'slides/speech.ts';

/**
 * The renderers, which the plugin loads itself (with the outline), outside Vite's module graph: under `vite dev` it
 * watches them, and the outline's folder, to render the pages again.
 */
export const RENDERERS = 'src/model';

/**
 * The project's pages, declared here once: each an HTML file at the project's root that Vite builds on its own. The
 * deck comes first; beside it the reading view, the handout, the audience's live page and the phone clicker. Knip
 * reads the scripts they load from the files themselves (knip.ts).
 */
export const PAGES = ['index.html', 'read.html', 'handout.html', 'follow.html', 'remote.html'] as const;

/** What a build is made from, relative to the project root: a change to any of these makes a built folder stale. */
export const BUILD_INPUTS: readonly string[] = [
  path.dirname(DEFAULT_OUTLINE),
  RENDERERS,
  'src/client',
  'src/node',
  ...PAGES,
  'vite.config.ts',
  'package-lock.json',
];
