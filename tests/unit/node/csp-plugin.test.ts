import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addPolicy, contentSecurityPolicy, inlineScriptHashes } from '../../../src/node/csp-plugin.ts';

const hashOf = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe('contentSecurityPolicy', () => {
  it('runs scripts only by hash and fetches nothing from anywhere else', () => {
    const policy = contentSecurityPolicy(["'sha256-abc='"]);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'sha256-abc='");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).not.toMatch(/https?:|\*/);
    expect(policy).toContain("frame-src 'none'");
  });

  it('allows no script at all on a page that has none', () => {
    expect(contentSecurityPolicy([])).toContain("script-src 'none'");
  });
});

describe('addPolicy', () => {
  const page =
    '<!doctype html><html><head><title>t</title><script type="module">go()</script></head><body>' +
    '<script src="./x.js"></script><script>\nstay()\n</script></body></html>';

  it('hashes every inline script, exactly as written, and no external one', () => {
    expect(inlineScriptHashes(page)).toEqual([hashOf('go()'), hashOf('\nstay()\n')]);
  });

  it('puts the policy first in the head, so that it governs the whole page', () => {
    const html = addPolicy(page);
    expect(html).toMatch(/^<!doctype html><html><head>\n\s*<meta http-equiv="Content-Security-Policy" content="[^"]+"/);
    expect(html).toContain(`script-src ${hashOf('go()')} ${hashOf('\nstay()\n')};`);
  });

  it('refuses a page without a head rather than leave it unprotected', () => {
    expect(() => addPolicy('<p>no head</p>')).toThrow('no <head>');
  });
});
