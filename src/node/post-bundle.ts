import type { Plugin, ResolvedConfig, Rolldown } from 'vite';

/** A built page, as the build's last step sees it. */
interface BuiltPage {
  readonly fileName: string;
  readonly html: string;
}

export interface PostBundleHooks {
  /** Sees the bundle as Rolldown wrote it, before any plugin's post-bundle step (inlining, say) has changed it. */
  readonly bundled?: (bundle: Rolldown.OutputBundle) => void;
  /**
   * Each built page once the plugins before this one are done with it: returns its new HTML, or undefined to leave
   * it. `emit` writes a further file of the build.
   */
  readonly page: (
    page: BuiltPage,
    emit: (fileName: string, html: string) => void,
  ) => string | undefined | Promise<string | undefined>;
  /** Sees the resolved config (its other plugins, say) before the build starts. */
  readonly configResolved?: (config: ResolvedConfig) => void;
}

/**
 * Build-only plugins that work on the finished pages: after the bundle is written and every inlining is done, in the
 * order the plugins are listed (the one-file copy and the Content-Security-Policy both run here); with `bundled`, a
 * first one that looks at the bundle before any of that.
 */
export function postBundle(name: string, hooks: PostBundleHooks): Plugin[] {
  const { bundled } = hooks;
  const early: Plugin[] =
    bundled === undefined
      ? []
      : [
          {
            name: `${name}:bundled`,
            apply: 'build',
            generateBundle: {
              order: 'pre',
              handler(_options, bundle) {
                bundled(bundle);
              },
            },
          },
        ];
  return [
    ...early,
    {
      name,
      apply: 'build',
      enforce: 'post',
      ...(hooks.configResolved && { configResolved: hooks.configResolved }),
      generateBundle: {
        order: 'post',
        async handler(_options, bundle) {
          const emit = (fileName: string, source: string) => {
            this.emitFile({ type: 'asset', fileName, source });
          };
          for (const file of Object.values(bundle)) {
            if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
            const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
            const edited = await hooks.page({ fileName: file.fileName, html }, emit);
            if (edited !== undefined) file.source = edited;
          }
        },
      },
    },
  ];
}
