import { describe, expect, it } from 'vitest';
import { entryOf, idRecord, withEntry } from '../../../../../src/client/speaker/state/id-record.ts';

describe('records keyed by slide id', () => {
  it('find only their own entries, whatever the id', () => {
    const record = withEntry(idRecord([['japan', 30]]), 'constructor', 12);
    expect(entryOf(record, 'constructor')).toBe(12);
    expect(entryOf(record, 'japan')).toBe(30);
    expect(entryOf(record, 'toString')).toBeUndefined();
    expect(entryOf(record, '__proto__')).toBeUndefined();
    expect(Object.getPrototypeOf(record)).toBeNull();
  });

  it('leave the record they copy as it was, and read back from JSON', () => {
    const first = idRecord([['a', 1]]);
    const second = withEntry(first, 'b', 2);
    expect(Object.keys(first)).toEqual(['a']);
    expect(JSON.parse(JSON.stringify(second))).toEqual({ a: 1, b: 2 });
  });
});
