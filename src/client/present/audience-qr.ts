import * as v from 'valibot';
import { AudienceQrSchema } from '../../protocol/live.ts';
import type { coverSlides } from '../deck-keys.ts';

/**
 * The audience's address as a QR code over the whole slide, for the hall to scan (Q, and Q again, Esc or any advance
 * to hide it; the slides stay where they were). The server makes the code; it arrives as data and is shown as an
 * image, so nothing in it can run.
 */
export class AudienceQr {
  private overlay: HTMLElement | undefined;
  private uncover: (() => void) | undefined;
  private asking = false;

  /** The deck's own covers (deck-keys.ts), so that the deck's Esc and advance keys close the code. */
  constructor(private readonly cover: typeof coverSlides) {}

  private close(): void {
    this.overlay?.remove();
    this.overlay = undefined;
    this.uncover?.();
    this.uncover = undefined;
  }

  async toggle(): Promise<void> {
    if (this.overlay !== undefined) {
      this.close();
      return;
    }
    // Q pressed again while the code is on its way: one overlay, never two.
    if (this.asking) return;
    this.asking = true;
    try {
      const response = await fetch('./api/qr/audience', { cache: 'no-store' });
      const answer = v.safeParse(AudienceQrSchema, response.ok ? await response.json() : undefined);
      if (answer.success) this.show(answer.output);
    } finally {
      this.asking = false;
    }
  }

  private show(answer: v.InferOutput<typeof AudienceQrSchema>): void {
    const overlay = document.createElement('div');
    overlay.className = 'present-qr';
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-label', 'Follow the talk on your phone');
    Object.assign(overlay.style, {
      position: 'fixed',
      inset: '0',
      zIndex: '100',
      display: 'grid',
      placeItems: 'center',
      alignContent: 'center',
      gap: '2vh',
      background: '#fff',
      color: '#111',
      font: '4vh/1.3 system-ui, sans-serif',
    });
    const image = document.createElement('img');
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(answer.svg)}`;
    image.alt = `QR code for ${answer.url}`;
    Object.assign(image.style, { width: '70vh', height: '70vh', imageRendering: 'pixelated' });
    const caption = document.createElement('p');
    caption.textContent = `Follow the words on your phone: ${answer.url}`;
    overlay.append(image, caption);
    document.body.append(overlay);
    this.overlay = overlay;
    this.uncover = this.cover(() => {
      this.close();
    });
  }
}
