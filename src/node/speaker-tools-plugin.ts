import { createHash } from 'node:crypto';
import path from 'node:path';
import { build, type PluginOption, type Plugin, type Rolldown } from 'vite';
import { html } from '../model/html.ts';
import { beforeBodyEnd, hasElement, withElementReplaced } from './html-source.ts';
import { postBundle } from './post-bundle.ts';

/** The speaker's tools' entry: the speaker view, its script and the page model with every word. */
const ENTRY = 'src/client/speaker/tools.ts';
/** The tools' script beside the deck in the built folder. */
export const TOOLS_FILE = 'speaker-tools.js';
/** Where the deck names the script to add when the tools are first used (src/client/speaker/tools-loader.ts). */
const TOOLS_TEMPLATE_ID = 'speaker-tools';

export interface SpeakerToolsOptions {
  /** The deck's page, which loads the tools. @default 'index.html' */
  readonly page?: string;
  /** The plugins the tools are built with (the speech-deck plugin, for the outline's data), made afresh. */
  readonly plugins: () => PluginOption[];
}

/** What the plugin tells the one-file copy and the Content-Security-Policy (`plugin.api`). */
export interface SpeakerToolsApi {
  /** The tools' code as it stands in a page that carries them inline (`</script` escaped). */
  inlineCode(): string;
  /** The deck page with the tools inline in place of the `<template>` that names their file. */
  withToolsInline(page: string): string;
  /** Whether a page names the tools' file, to add on first use. */
  namesToolsFile(page: string): boolean;
}

/** The tools' code as one classic script: a folder's page (file://) may load a classic script, never a module. */
async function buildTools(root: string, options: SpeakerToolsOptions, config: BuildSettings): Promise<string> {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: options.plugins(),
    build: {
      write: false,
      minify: config.minify,
      target: config.target,
      copyPublicDir: false,
      lib: { entry: path.resolve(root, ENTRY), formats: ['iife'], name: 'speechDeckTools', fileName: () => TOOLS_FILE },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((each) => each.output).find((file) => file.type === 'chunk');
  if (chunk === undefined) throw new Error(`Building ${ENTRY} made no script.`);
  return chunk.code;
}

interface BuildSettings {
  minify: boolean | 'oxc' | 'terser' | 'esbuild';
  target: string | string[] | false;
}

/**
 * Builds the speaker's tools as a script of their own, `speaker-tools.js`, beside the deck, and names it in the deck
 * page in an inert `<template>` that the deck turns into a `<script>` on S, T or `?speaker`: what the projector loads
 * is the deck. Served, the browser checks the file against its hash (`integrity`); the page's policy admits the
 * page's own scripts ('self', csp-plugin.ts). The one-file copy carries the tools inline instead (`api`).
 */
export function speakerTools(options: SpeakerToolsOptions): Plugin[] {
  const page = options.page ?? 'index.html';
  let root = process.cwd();
  const settings: BuildSettings = { minify: 'oxc', target: 'es2022' };
  let code: string | undefined;
  const api: SpeakerToolsApi = {
    inlineCode() {
      if (code === undefined) throw new Error('The speaker tools are read before they were built.');
      return code.replace(/<\/script/gi, '<\\/script');
    },
    namesToolsFile: (html) => hasElement(html, 'id', TOOLS_TEMPLATE_ID),
    withToolsInline(html) {
      const inline = `<script>${api.inlineCode()}</script>`;
      const replaced = withElementReplaced(html, 'id', TOOLS_TEMPLATE_ID, inline);
      if (replaced === undefined) throw new Error(`The deck has no <template id="${TOOLS_TEMPLATE_ID}">.`);
      return replaced;
    },
  };
  const [plugin, ...rest] = postBundle('speech-deck:speaker-tools', {
    configResolved(config) {
      root = config.root;
      settings.minify = config.build.minify;
      settings.target = config.build.target;
    },
    page(deck, emit) {
      if (deck.fileName !== page) return undefined;
      emit(TOOLS_FILE, api.inlineCode());
      const integrity = `sha256-${createHash('sha256').update(api.inlineCode(), 'utf8').digest('base64')}`;
      const named = html`<template id="${TOOLS_TEMPLATE_ID}"><script src="./${TOOLS_FILE}" integrity="${integrity}"></script></template>`;
      const added = beforeBodyEnd(deck.html, `${named.toString()}\n`);
      if (added === undefined) throw new Error(`${page} has no </body> for the speaker tools' template.`);
      return added;
    },
  });
  if (plugin === undefined) throw new Error('postBundle made no plugin.');
  return [
    {
      ...plugin,
      api,
      async buildStart() {
        code = await buildTools(root, options, settings);
      },
    },
    ...rest,
  ];
}
