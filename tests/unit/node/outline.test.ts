import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createLogger, createServer } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { OutlineError } from '../../../src/model/validate.ts';
import { loadOutline } from '../../../src/node/outline.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'outline-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function outlineFile(name: string, source: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, source);
  return file;
}

describe('loadOutline', () => {
  it('imports the real outline, valid', async () => {
    const speech = await loadOutline(path.join(ROOT, 'slides/speech.ts'));
    expect(speech.titleBlock.speaker).toBe('Mr. Atul Khare');
  });

  it('says in one line, without a stack, when the module fails to load', async () => {
    const file = outlineFile('throws.ts', 'const none = undefined;\nexport const speech = none.sections;\n');
    const error = (await loadOutline(file).catch((caught: unknown) => caught)) as Error;
    expect(error.message).toMatch(
      /^The outline .*throws\.ts failed to load: TypeError: Cannot read properties of undefined/,
    );
    expect(error.stack).toBe(error.message);
  });

  it('says when the module exports no speech', async () => {
    const file = outlineFile('empty.ts', 'export const talk = {};\n');
    await expect(loadOutline(file)).rejects.toThrow(`${file} does not export \`speech\`.`);
  });

  it('rejects an outline with a mistake, with the list of problems', async () => {
    const real = JSON.stringify(path.join(ROOT, 'slides/speech.ts'));
    const file = outlineFile(
      'broken.ts',
      `import { speech as real } from ${real};\nexport const speech = { ...real, titleBlock: { ...real.titleBlock, date: '2022-02-30' } };\n`,
    );
    await expect(loadOutline(file)).rejects.toThrow(OutlineError);
  });
});

/** A project whose outline is the real one changed by `edit`, built with the deck's plugin alone. */
function projectWith(edit: string): string {
  const root = mkdtempSync(path.join(dir, 'project-'));
  copyFileSync(path.join(ROOT, 'index.html'), path.join(root, 'index.html'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const real = JSON.stringify(path.join(ROOT, 'slides/speech.ts'));
  writeFileSync(
    path.join(root, 'speech.ts'),
    `import { speech as real } from ${real};\nexport const speech = structuredClone(real);\n${edit}\n`,
  );
  const plugin = JSON.stringify(path.join(ROOT, 'src/node/vite-plugin.ts'));
  const theme = JSON.stringify(path.join(ROOT, 'src/client/theme/palette.css'));
  writeFileSync(
    path.join(root, 'vite.config.ts'),
    `import { speechDeck } from ${plugin};\nexport default { plugins: [speechDeck({ outline: 'speech.ts', theme: ${theme} })] };\n`,
  );
  return root;
}

const NO_TITLE =
  "delete speech.sections.flatMap((section) => section.slides).find((slide) => slide.recommendation?.series === 'diet' && slide.recommendation.number === 2).recommendation.title;";
const TITLE_MISSING = 'slide "diet-2", field "recommendation.title": is missing';

describe('a mistake in the shape of the outline', { timeout: 60_000 }, () => {
  it('fails `vite build` with the slide and field, once, without a stack or a TypeError', async () => {
    const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
    const run = promisify(execFile)(process.execPath, [vite, 'build', '--logLevel', 'error'], {
      cwd: projectWith(NO_TITLE),
    });
    const failure = (await run.catch((error: unknown) => error)) as { code?: number; stdout: string; stderr: string };
    // The build fails; which non-zero code is Vite's to choose.
    expect(failure.code).toBeGreaterThan(0);
    const output = failure.stdout + failure.stderr;
    expect(output.split(TITLE_MISSING)).toHaveLength(2);
    expect(output).not.toMatch(/^\s+at |TypeError/m);
  }, 60_000);

  it('is printed once under `vite dev`, and shown in the page', async () => {
    const errors: string[] = [];
    const logger = createLogger('silent');
    logger.error = (message) => errors.push(message);
    const root = projectWith('speech.titleBlock.speaker = undefined; speech.opening[0].spoken = [42];');
    const server = await createServer({ root, customLogger: logger, server: { middlewareMode: true, ws: false } });
    try {
      const html = readFileSync(path.join(root, 'index.html'), 'utf8');
      for (const url of ['/index.html', '/index.html']) {
        expect(await server.transformIndexHtml(url, html)).toContain(
          'field &quot;titleBlock.speaker&quot;: is missing',
        );
      }
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('slide "title", field "titleBlock.speaker": is missing');
      expect(errors[0]).toContain('slide "partner", field "spoken[0]": must be text');
    } finally {
      await server.close();
    }
  });
});

describe('a passage longer than the speaker view shows at once', () => {
  it('builds, with a warning naming its slide, printed once however often the outline loads', async () => {
    const long = Array.from({ length: 300 }, (_, index) => `word${index}`).join(' ');
    const file = outlineFile(
      'long.ts',
      `import { speech as real } from ${JSON.stringify(path.join(ROOT, 'slides/speech.ts'))};\n` +
        `export const speech = structuredClone(real);\nspeech.opening[0].spoken = [${JSON.stringify(long)}];\n`,
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await loadOutline(file);
      await loadOutline(file);
      expect(warn.mock.calls).toEqual([
        [expect.stringMatching(/^WARNING: slide "partner", field "spoken": is 300 words, more than the speaker view/)],
      ]);
    } finally {
      warn.mockRestore();
    }
  });
});
