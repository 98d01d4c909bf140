// `npm run present [-- options]`: serves the talk to the hall's network. `--help` lists the options.
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, commandLine, runCommand, seeHelp, UsageError } from '../src/node/cli.ts';
import { presentErrorMessage } from '../src/node/present/errors.ts';
import { qrTerminal } from '../src/node/present/qr.ts';
import { startPresentServer } from '../src/node/present/server.ts';
import { buildDeck } from '../src/node/built-deck.ts';
import { staleBuild } from '../src/node/stale.ts';
import { PAGES } from '../src/node/build-inputs.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `Serves the talk to the hall: the audience follow the words on their phones, the speaker's phone is the clicker.

Usage: npm run present [-- options]

  --host ADDRESS   where to listen (default: 0.0.0.0, every network of this machine; 127.0.0.1 keeps it local)
  --port NUMBER    the port (default: 8080; 0 for any free one)
  --dist DIR       serve this built deck as it is (default: dist, built first when missing or older than its sources)
  --pair           also print the phone clicker's pairing code (it carries the presenter's secret: show it to no one)
  -h, --help       this text

Prints the audience's address with a QR code for the hall, and the presenter's address (this machine only: it
carries the secret that makes the deck the one the hall follows). Runs until Ctrl+C.`;

function fail(message: string): never {
  throw new UsageError(message, seeHelp('present'));
}

function options() {
  const values = commandLine('present', process.argv.slice(2), {
    host: { type: 'string', default: '0.0.0.0' },
    port: { type: 'string', default: '8080' },
    dist: { type: 'string' },
    pair: { type: 'boolean', default: false },
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
  return { host, port, dist: values.dist, pair: values.pair };
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
  const { host, port, dist, pair } = options();
  const folder = await builtFolder(dist);
  const server = await startPresentServer({ root: folder, host, port }).catch((error: unknown) => {
    throw new CliError(presentErrorMessage(error, host, port), { code: 'environment' });
  });
  console.log(await qrTerminal(server.audienceUrl));
  console.log(`audience:  ${server.audienceUrl}`);
  console.log(
    `presenter: ${server.presenterUrl}   (open on this machine only; press Q in the deck for the hall's QR code)`,
  );
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
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await runCommand('present', main);
