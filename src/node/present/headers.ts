import type { ServerResponse } from 'node:http';

/**
 * The server's own policy, on every response. Built pages carry their own (a meta CSP that hashes their scripts); a
 * browser enforces both, so this adds only what a meta policy cannot say or what the server decides: connections go
 * to this server alone (`'self'` covers its ws: address), and no other site may frame a page. Scripts, styles and
 * fonts stay governed by the page's own policy, which knows their hashes.
 */
const SERVER_CSP = [
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', SERVER_CSP);
  // The presenter's address carries its secret in the fragment, which browsers never send; no-referrer makes sure no
  // part of any address leaves with a link either.
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(JSON.stringify(body));
}
