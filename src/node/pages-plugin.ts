import path from 'node:path';
import { build, type LogLevel, type PluginOption, type Plugin } from 'vite';

export interface MorePagesOptions {
  /** HTML pages besides index.html, relative to the Vite root (for example `read.html`). */
  readonly pages: readonly string[];
  /** The plugins each page is built with, made afresh for each build. */
  readonly plugins: () => PluginOption[];
}

/**
 * Builds each further page on its own, after the deck, into the same folder. One page a build is what lets every
 * page be one self-contained file: Rolldown inlines lazy chunks only in a build with a single input.
 * @see https://rolldown.rs/reference/OutputOptions.codeSplitting
 */
export function morePages(options: MorePagesOptions): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let base = './';
  let logLevel: LogLevel | undefined;
  let minify: boolean | 'oxc' | 'terser' | 'esbuild' = 'oxc';
  let target: string | string[] | false = 'es2022';
  return {
    name: 'speech-deck:more-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
      base = config.base;
      logLevel = config.logLevel;
      minify = config.build.minify;
      target = config.build.target;
    },
    async closeBundle(error) {
      if (error !== undefined) return;
      for (const page of options.pages) {
        await build({
          root,
          base,
          configFile: false,
          ...(logLevel === undefined ? {} : { logLevel }),
          plugins: options.plugins(),
          build: {
            outDir,
            emptyOutDir: false,
            minify,
            target,
            rolldownOptions: { input: path.resolve(root, page) },
          },
        });
      }
    },
  };
}
