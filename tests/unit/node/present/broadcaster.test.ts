import { describe, expect, it } from 'vitest';
import { inMemoryBroadcaster } from '../../../../src/node/present/broadcaster.ts';

describe('the in-memory broadcaster', () => {
  it('hands each message to the subscribers of its channel until they leave', () => {
    const broadcaster = inMemoryBroadcaster();
    const states: string[] = [];
    const commands: string[] = [];
    const stop = broadcaster.subscribe('state', (message) => states.push(message));
    broadcaster.subscribe('command', (message) => commands.push(message));
    broadcaster.publish('state', 'one');
    broadcaster.publish('command', 'next');
    stop();
    broadcaster.publish('state', 'two');
    expect(states).toEqual(['one']);
    expect(commands).toEqual(['next']);
  });
});
