/**
 * Records keyed by slide id, as objects without a prototype: an id such as `constructor` or `toString` then finds
 * its own entry or nothing, never what every object inherits. Stored as plain JSON objects all the same.
 */
export type IdRecord<T> = Readonly<Record<string, T>>;

export function idRecord<T>(entries: Iterable<readonly [string, T]> = []): IdRecord<T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [id, value] of entries) record[id] = value;
  return record;
}

/** A copy of `record` with one entry set. */
export function withEntry<T>(record: IdRecord<T>, id: string, value: T): IdRecord<T> {
  return idRecord([...Object.entries(record), [id, value] as const]);
}

/** The entry for `id`, if the record has one of its own. */
export function entryOf<T>(record: IdRecord<T>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
