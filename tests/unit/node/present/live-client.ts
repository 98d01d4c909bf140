import { WebSocket } from 'ws';
import { ServerMessageSchema, parseMessage, type ServerMessage } from '../../../../src/protocol/live.ts';

/** A WebSocket client for the tests, holding every message it received and able to wait for the one it expects. */
export interface TestClient {
  readonly socket: WebSocket;
  readonly messages: ServerMessage[];
  send(data: unknown): void;
  next(match: (message: ServerMessage) => boolean): Promise<ServerMessage>;
  closed(): Promise<number>;
}

export async function connect(port: number, origin = `http://127.0.0.1:${port}`): Promise<TestClient> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/live`, { origin });
  const messages: ServerMessage[] = [];
  const waiters: { match: (message: ServerMessage) => boolean; resolve: (message: ServerMessage) => void }[] = [];
  socket.on('message', (data: Buffer) => {
    const message = parseMessage(ServerMessageSchema, data.toString('utf8'));
    if (message === undefined) throw new Error(`the server sent a malformed message: ${data.toString('utf8')}`);
    messages.push(message);
    for (const waiter of waiters.filter((each) => each.match(message))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(message);
    }
  });
  const code = new Promise<number>((resolve) =>
    socket.on('close', (closeCode: number) => {
      resolve(closeCode);
    }),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => {
      resolve();
    });
    socket.once('error', reject);
  });
  return {
    socket,
    messages,
    send: (data) => {
      socket.send(typeof data === 'string' ? data : JSON.stringify(data));
    },
    next: (match) =>
      new Promise((resolve) => {
        const seen = messages.find(match);
        if (seen !== undefined) {
          messages.splice(messages.indexOf(seen), 1);
          resolve(seen);
        } else waiters.push({ match, resolve });
      }),
    closed: () => code,
  };
}

export const position = (slide: string, index: number) => ({
  slide,
  index,
  total: 25,
  headline: `Headline of ${slide}`,
  next: 'The next one',
  blank: false,
  plannedAt: index * 20,
  plannedTotal: 540,
});
