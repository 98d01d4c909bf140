import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { makeSecret } from '../../src/node/present/secret.ts';
import { startPresentServer, type PresentServer } from '../../src/node/present/server.ts';
import { PHONE, PROJECTOR } from './harness.ts';

/** The run's production build, as the folder the hall's server serves. */
export const buildFolder = (): string => fileURLToPath(inject('folderUrl'));

export interface Hall {
  readonly secret: string;
  server: PresentServer;
  /** Restarts the server on the same port with the same secret, as a crashed and restarted server would be. */
  restart(): Promise<void>;
  /** A phone (audience or clicker) or the presenter's laptop, as a fresh browser context. */
  phone(): Promise<BrowserContext>;
  laptop(): Promise<BrowserContext>;
  /** Opens the deck from the presenter's address and waits until it is ready and reporting. */
  openPresenter(): Promise<Page>;
  openAudience(context?: BrowserContext): Promise<Page>;
}

/** One hall's server on 127.0.0.1 for a test file, with the run's browser; all stopped after the file. */
export function useHall(): Hall {
  let browser: Browser | undefined;
  const secret = makeSecret();
  const start = (port: number) => startPresentServer({ root: buildFolder(), host: '127.0.0.1', port, secret });
  const hall: Hall = {
    secret,
    server: undefined as unknown as PresentServer,
    async restart() {
      const port = hall.server.port;
      await hall.server.close();
      hall.server = await start(port);
    },
    async phone() {
      if (browser === undefined) throw new Error('useHall: the browser connects in beforeAll.');
      return browser.newContext(PHONE);
    },
    async laptop() {
      if (browser === undefined) throw new Error('useHall: the browser connects in beforeAll.');
      return browser.newContext({ viewport: PROJECTOR });
    },
    async openPresenter() {
      const page = await (await hall.laptop()).newPage();
      await page.goto(hall.server.presenterUrl);
      await page.locator('.reveal.ready').waitFor();
      return page;
    },
    async openAudience(context) {
      const page = await (context ?? (await hall.phone())).newPage();
      await page.goto(hall.server.audienceUrl);
      return page;
    },
  };
  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
    hall.server = await start(0);
  });
  afterAll(async () => {
    await browser?.close();
    await hall.server.close();
  });
  return hall;
}

/** The audience page's status line. */
export const status = (page: Page) => page.locator('[data-follow-status]');

/** Moves the presenter's deck to a slide by its id. */
export async function goToSlide(deck: Page, id: string): Promise<void> {
  await deck.evaluate((slideId) => {
    const slides = window.Reveal.getSlides();
    window.Reveal.slide(slides.findIndex((slide) => slide.id === slideId));
  }, id);
}

/** `npm run present` as a user runs it, in a process group of its own so that a kill reaches the server below npm. */
/** The address on the line of `npm run present`'s output that names `what` (`audience:`, `presenter:`). */
export function addressIn(output: string, what: string): string {
  const line = output.split('\n').find((each) => each.startsWith(`${what}:`));
  const url = /http:\/\/\S+/.exec(line ?? '')?.[0];
  if (url === undefined) throw new Error(`no ${what} line in:\n${output}`);
  return url;
}

export interface PresentCli {
  readonly output: () => string;
  /** The address on the line that starts with `what:` (audience, presenter). */
  address(what: 'audience' | 'presenter'): string;
  /** Kills npm and the server below it at once (SIGKILL to the group), as a crash or a closed laptop lid would. */
  kill(): Promise<void>;
}

/** A port free now, for a server started twice on the same one (as a user's fixed port would be). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts `npm run present -- args` with the kept talk in `stateDir` (never the user's real one) and waits for it. */
export async function startPresentCli(args: readonly string[], stateDir: string): Promise<PresentCli> {
  const { spawn } = await import('node:child_process');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const child = spawn('npm', ['run', 'present', '--', ...args], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SPEECH_DECK_STATE_DIR: stateDir },
  });
  let output = '';
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (/^presenter: /m.test(output)) resolve();
    };
    child.stdout.on('data', check);
    void exited.then(() => {
      reject(new Error(`npm run present stopped before printing its addresses:\n${output}`));
    });
  });
  return {
    output: () => output,
    address: (what) => addressIn(output, what),
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      await exited;
    },
  };
}
