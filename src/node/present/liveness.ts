import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';

export interface Liveness {
  /** Starts asking `socket` (it counts as alive until its first heartbeat). */
  watch(socket: WebSocket): void;
  forget(socket: WebSocket): void;
  stop(): void;
}

/**
 * What "alive" means for a live socket: it reads what it is sent. Every heartbeat the server sends each socket a ping
 * carrying a fresh random value, queued behind everything sent to it before; the socket must echo that value (a pong,
 * which every browser sends by itself) before the next heartbeat. A socket reads in order, so the echo proves it read
 * every state sent before the ping. An audience page only listens, so this is all it can show; a pong with any other
 * value (sent without reading, to look alive) counts for nothing, and a socket that does not echo is let go.
 */
export function liveness(intervalMs: number, onDead: (socket: WebSocket) => void): Liveness {
  const watched = new Set<WebSocket>();
  const answered = new Set<WebSocket>();
  let challenge = Buffer.alloc(0);
  const timer = setInterval(() => {
    for (const socket of watched) {
      if (!answered.has(socket) && socket.readyState === socket.OPEN) {
        onDead(socket);
        socket.terminate();
      }
    }
    answered.clear();
    challenge = randomBytes(8);
    for (const socket of watched) if (socket.readyState === socket.OPEN) socket.ping(challenge);
  }, intervalMs);
  timer.unref();
  return {
    watch(socket) {
      watched.add(socket);
      answered.add(socket);
      socket.on('pong', (data: Buffer) => {
        if (data.equals(challenge)) answered.add(socket);
      });
    },
    forget(socket) {
      watched.delete(socket);
      answered.delete(socket);
    },
    stop() {
      clearInterval(timer);
    },
  };
}
