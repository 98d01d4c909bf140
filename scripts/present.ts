// `npm run present [-- options]`: serves the talk to the hall's network. `--help` lists the options.
import { spawnSync } from 'node:child_process';
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, commandLine, runCommand, seeHelp, UsageError } from '../src/node/cli.ts';
import { presentErrorMessage } from '../src/node/present/errors.ts';
import { DEFAULT_LIMITS } from '../src/node/present/limits.ts';
import { qrTerminal } from '../src/node/present/qr.ts';
import { oneLine } from '../src/node/present/doors.ts';
import { startPresentServer } from '../src/node/present/server.ts';
import { STATE_DIR_VARIABLE, stateFolder } from '../src/node/present/store.ts';
import { buildDeck } from '../src/node/built-deck.ts';
import { staleBuild } from '../src/node/stale.ts';
import { onStop } from '../src/node/stop-signals.ts';
import { PAGES } from '../src/node/build-inputs.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `Serves the talk to the hall: the audience follow the words on their phones, the speaker's phone is the clicker.

Usage: npm run present [-- options]

  --host ADDRESS   where to listen (default: 0.0.0.0, every network of this machine; 127.0.0.1 keeps it local)
  --port NUMBER    the port (default: 8080; 0 for any free one)
  --dist DIR       serve this built deck as it is (default: dist, built first when missing or older than its sources)
  --pair           also print the phone clicker's pairing code (it carries the presenter's secret: show it to no one)
  --new-key        forget the kept presenter key and make a new one (open the new presenter address; pair again)
  --max-connections NUMBER   connections held at once, in all (default: ${DEFAULT_LIMITS.maxConnections}, or fewer when
                             this process may open fewer files)
  --max-per-address NUMBER   connections from one address (default: ${DEFAULT_LIMITS.maxPerAddress}; a phone holds 1-3)
  -h, --help       this text

Prints the audience's address with a QR code for the hall, and the presenter's address (this machine only: it
carries the secret that makes the deck the one the hall follows). Runs until Ctrl+C.

The presenter's key and the last slide are kept between runs in ${stateFolder()}
(readable by you only; ${STATE_DIR_VARIABLE} moves it), so a restart keeps the same addresses and pairing.`;

function fail(message: string): never {
  throw new UsageError(message, seeHelp('present'));
}

function options() {
  const values = commandLine('present', process.argv.slice(2), {
    host: { type: 'string', default: '0.0.0.0' },
    port: { type: 'string', default: '8080' },
    dist: { type: 'string' },
    pair: { type: 'boolean', default: false },
    'new-key': { type: 'boolean', default: false },
    'max-connections': { type: 'string' },
    'max-per-address': { type: 'string' },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65_535) fail(`--port wants a number from 0 to 65535, not "${values.port}".`);
  if (isIP(values.host) === 0 && values.host !== 'localhost') fail(`--host wants an IP address, not "${values.host}".`);
  // 'localhost' may resolve to ::1 first; the addresses printed are IPv4.
  const host = values.host === 'localhost' ? '127.0.0.1' : values.host;
  const count = (name: string, text: string | undefined): number | undefined => {
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text) || Number(text) < 1) fail(`--${name} wants a whole number above 0, not "${text}".`);
    return Number(text);
  };
  const maxConnections = count('max-connections', values['max-connections']) ?? defaultMaxConnections();
  const maxPerAddress = count('max-per-address', values['max-per-address']) ?? DEFAULT_LIMITS.maxPerAddress;
  return { host, port, dist: values.dist, pair: values.pair, newKey: values['new-key'], maxConnections, maxPerAddress };
}

/**
 * The default cap on connections: 1,000, or fewer when this process may open fewer files (macOS allows 256 unless
 * raised), keeping 64 for the server's own files, so that a full hall is turned away politely instead of failing.
 */
function defaultMaxConnections(): number {
  if (process.platform === 'win32') return DEFAULT_LIMITS.maxConnections;
  const shell = spawnSync('/bin/sh', ['-c', 'ulimit -n'], { encoding: 'utf8' });
  const files = Number(shell.stdout.trim());
  if (shell.status !== 0 || !Number.isInteger(files) || files <= 0) return DEFAULT_LIMITS.maxConnections;
  return Math.max(16, Math.min(DEFAULT_LIMITS.maxConnections, files - 64));
}

async function builtFolder(dist: string | undefined): Promise<string> {
  if (dist !== undefined) {
    const folder = path.resolve(dist);
    // A folder of the user's is served, never built into: a build empties the folder it writes.
    const missing = staleBuild(root, folder, PAGES)?.endsWith('is missing') ?? false;
    if (missing) fail(`${dist} is not a built deck with ${PAGES.join(', ')}: build one with npm run build.`);
    return folder;
  }
  const folder = path.join(root, 'dist');
  const stale = staleBuild(root, folder, PAGES);
  if (stale !== undefined) {
    console.error(`present: building dist (${stale})`);
    await buildDeck(folder, root);
  }
  return folder;
}

async function main(): Promise<void> {
  const { host, port, dist, pair, newKey, maxConnections, maxPerAddress } = options();
  const folder = await builtFolder(dist);
  const server = await startPresentServer({
    root: folder,
    host,
    port,
    stateFolder: stateFolder(),
    newKey,
    limits: { maxConnections, maxPerAddress },
  }).catch((error: unknown) => {
    throw new CliError(presentErrorMessage(error, host, port), { code: 'environment' });
  });
  // Whatever a stranger's request finds in the server, the talk goes on: one line in the log, never an exit.
  process.on('uncaughtException', (error) => {
    console.error(`present: ${oneLine(error)} (the server carries on)`);
  });
  process.on('unhandledRejection', (error) => {
    console.error(`present: ${oneLine(error)} (the server carries on)`);
  });
  console.log(await qrTerminal(server.audienceUrl));
  console.log(`audience:  ${server.audienceUrl}`);
  console.log(
    `presenter: ${server.presenterUrl}   (open on this machine only; press Q in the deck for the hall's QR code)`,
  );
  console.log(`kept:      the key and the last slide, in ${stateFolder()} (--new-key makes a new key)`);
  if (pair) console.log(`\nclicker (scan with your phone, show no one):\n${await qrTerminal(server.remoteUrl)}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.close({ ended: true }).then(() => {
      console.log('present: stopped; every page was told the talk has ended');
      process.exit(0);
    });
  };
  onStop(stop);
}

await runCommand('present', main);
