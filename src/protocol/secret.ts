import * as v from 'valibot';

/**
 * The presenter's secret as it travels: base64url, 128 bits or more. A module of its own: the deck reads a key from
 * its address on every load, and a bundler keeps every schema of a module it imports from (valibot's calls through
 * a namespace are not dropped), so the deck takes this one without the whole protocol.
 */
export const SecretSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{22,86}$/));
