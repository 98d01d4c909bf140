import QRCode from 'qrcode';

/** An address as a QR code in SVG, made here on the machine (never by a web service). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The same for a terminal, in block characters. */
export function qrTerminal(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'utf8', errorCorrectionLevel: 'M', margin: 2 });
}
