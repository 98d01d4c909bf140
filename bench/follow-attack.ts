// The attack beside bench/follow.ts's legitimate hall, in a process of its own (so that it does not slow the
// listeners' measurement): 200 sockets that flood at the rate limit and come back as soon as they are closed, and 100
// that never read (with a pong of their own every 5 s, to look alive). It answers `stats` with what it did.
import { randomBytes } from 'node:crypto';
import { connect as tcp, type Socket } from 'node:net';
import { WebSocket } from 'ws';

const FLOODERS = 200;
const NEVER_READ = 100;
/** The relay's rate: ten messages a second a socket. */
const FLOOD_INTERVAL_MS = 100;

const port = Number(process.argv[2]);
const url = `ws://127.0.0.1:${port}/live`;
const origin = `http://127.0.0.1:${port}`;
const counts = { opened: 0, closed: 0, sent: 0, stuck: 0 };
let stopping = false;
const sockets = new Set<WebSocket | Socket>();

/** A socket that says `listen`, then keeps talking at the rate limit; when closed, another takes its place. */
function flooder(): void {
  if (stopping) return;
  const socket = new WebSocket(url, { origin });
  sockets.add(socket);
  let timer: NodeJS.Timeout | undefined;
  socket.on('open', () => {
    counts.opened += 1;
    socket.send('{"type":"listen"}');
    timer = setInterval(() => {
      counts.sent += 1;
      socket.send('{"type":"command","command":"next"}');
    }, FLOOD_INTERVAL_MS);
  });
  socket.on('error', () => undefined);
  socket.on('close', () => {
    counts.closed += 1;
    clearInterval(timer);
    sockets.delete(socket);
    setTimeout(flooder, FLOOD_INTERVAL_MS);
  });
}

function frame(opcode: number, payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const masked = Buffer.from(payload.map((byte, index) => byte ^ (mask[index % 4] ?? 0)));
  return Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | payload.length]), mask, masked]);
}

/** A live socket that listens and then never reads a byte, sending pongs of its own to look alive. */
function neverReads(): void {
  const socket = tcp(port, '127.0.0.1');
  sockets.add(socket);
  socket.on('error', () => undefined);
  socket.once('connect', () => {
    socket.write(
      `GET /live HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${origin}\r\nUpgrade: websocket\r\n` +
        `Connection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n` +
        `Sec-WebSocket-Version: 13\r\n\r\n`,
    );
    socket.once('data', () => {
      counts.stuck += 1;
      socket.pause();
      socket.write(frame(0x1, Buffer.from('{"type":"listen"}')));
      const timer = setInterval(() => {
        socket.write(frame(0xa, Buffer.alloc(0)));
      }, 5_000);
      socket.once('close', () => {
        clearInterval(timer);
      });
    });
  });
}

for (let index = 0; index < NEVER_READ; index += 1) neverReads();
for (let index = 0; index < FLOODERS; index += 1) flooder();

process.on('message', (message) => {
  if (message === 'stats') process.send?.({ ...counts });
  if (message === 'stop') {
    stopping = true;
    for (const socket of sockets) {
      if (socket instanceof WebSocket) socket.terminate();
      else socket.destroy();
    }
    process.exit(0);
  }
});
process.send?.({ started: true });
