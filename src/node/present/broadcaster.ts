/** The two things that travel between the deck and every page: the live state, and the clicker's commands. */
type Channel = 'state' | 'command';

/**
 * How a server hands a message to every connection that wants it. In one process that is a loop; when a webcast
 * outgrows one server, an adapter over an existing pub/sub (Redis PUBLISH/SUBSCRIBE, one channel each) takes this
 * place and every server relays what any of them published (docs/scaling.md). Messages are already-serialised JSON,
 * exactly what such a pub/sub carries.
 */
export interface Broadcaster {
  publish(channel: Channel, message: string): void;
  /** Calls `listener` with every message published on `channel` from now on; returns how to stop. */
  subscribe(channel: Channel, listener: (message: string) => void): () => void;
}

/** The broadcaster of a single server: listeners in this process, called at once. */
export function inMemoryBroadcaster(): Broadcaster {
  const listeners = new Map<Channel, Set<(message: string) => void>>([
    ['state', new Set()],
    ['command', new Set()],
  ]);
  return {
    publish(channel, message) {
      for (const listener of listeners.get(channel) ?? []) listener(message);
    },
    subscribe(channel, listener) {
      const set = listeners.get(channel);
      set?.add(listener);
      return () => set?.delete(listener);
    },
  };
}
