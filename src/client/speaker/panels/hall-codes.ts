import * as v from 'valibot';
import { AudienceQrSchema, RemoteQrSchema } from '../../../protocol/live.ts';
import { keptPresenterKey } from '../../present/secret.ts';

/** What the server answered, as its schema says; undefined for a refusal, a dropped line or anything else. */
async function fetchParsed<T>(url: string, init: RequestInit, schema: v.GenericSchema<unknown, T>) {
  try {
    const response = await fetch(url, { ...init, cache: 'no-store' });
    const parsed = v.safeParse(schema, response.ok ? await response.json() : undefined);
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

function code(caption: string, svg: string | undefined): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'speaker-hall-code';
  if (svg !== undefined) {
    const image = document.createElement('img');
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    image.alt = `QR code: ${caption}`;
    figure.append(image);
  }
  const text = document.createElement('figcaption');
  text.textContent = svg === undefined ? `${caption}: not available now` : caption;
  figure.append(text);
  return figure;
}

async function fill(details: HTMLElement, key: string): Promise<void> {
  const [audience, remote] = await Promise.all([
    fetchParsed('./api/qr/audience', {}, AudienceQrSchema),
    fetchParsed('./api/qr/remote', { method: 'POST', headers: { Authorization: `Bearer ${key}` } }, RemoteQrSchema),
  ]);
  details.append(
    code(audience === undefined ? 'The audience' : `The audience: ${audience.url}`, audience?.svg),
    code('Your phone as the clicker (for your eyes only: it carries the presenter’s key)', remote?.svg),
  );
  details.scrollIntoView({ block: 'nearest' });
}

/**
 * The hall's two codes, in a speaker view of a deck presented from the hall's server (`npm run present`): the
 * audience's page, and the phone clicker's pairing, which carries the presenter's secret and so shows only here.
 * Fetched when first opened; undefined elsewhere (from a folder, or a deck not opened from the presenter's address).
 */
export function hallCodes(): HTMLElement | undefined {
  const key = keptPresenterKey();
  if (key === undefined || !location.protocol.startsWith('http')) return undefined;
  const details = document.createElement('details');
  details.className = 'speaker-hall';
  const summary = document.createElement('summary');
  summary.textContent = 'The hall: QR codes for the audience and your phone';
  details.append(summary);
  details.addEventListener('toggle', () => {
    if (details.open && details.childElementCount === 1) void fill(details, key);
  });
  return details;
}
