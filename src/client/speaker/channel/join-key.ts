/**
 * The storage key a deck's join wire (join-wire.ts) passes its messages through, one for each deck (by its title).
 * Apart from the wire, whose schemas a bundler would carry along: the deck only watches the key, to load its side
 * of the speaker view when a view first asks to join.
 */
export function joinWireKey(deckTitle: string): string {
  return `speech-deck:${deckTitle}:wire`;
}
