import * as v from 'valibot';
import { AudienceQrSchema } from '../../protocol/live.ts';

/**
 * The audience's address as a QR code over the whole slide, for the hall to scan (Q, and Q again to hide it). The
 * server makes the code; it arrives as data and is shown as an image, so nothing in it can run.
 */
export class AudienceQr {
  private overlay: HTMLElement | undefined;

  async toggle(): Promise<void> {
    if (this.overlay !== undefined) {
      this.overlay.remove();
      this.overlay = undefined;
      return;
    }
    const response = await fetch('./api/qr/audience', { cache: 'no-store' });
    const answer = v.safeParse(AudienceQrSchema, response.ok ? await response.json() : undefined);
    if (!answer.success) return;
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
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(answer.output.svg)}`;
    image.alt = `QR code for ${answer.output.url}`;
    Object.assign(image.style, { width: '70vh', height: '70vh', imageRendering: 'pixelated' });
    const caption = document.createElement('p');
    caption.textContent = `Follow the words on your phone: ${answer.output.url}`;
    overlay.append(image, caption);
    document.body.append(overlay);
    this.overlay = overlay;
  }
}
