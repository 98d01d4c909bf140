import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addPolicy, asInlined, contentSecurityPolicy, emittedScriptHashes } from '../../../src/node/csp-plugin.ts';

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

describe('asInlined', () => {
  it('gives a chunk as the inliner writes it into the page: trimmed, its closing tags escaped', () => {
    expect(asInlined(' go("</script>") \n')).toContain('go("\\x3C/script>")');
  });
});

describe('addPolicy', () => {
  const page =
    '<!doctype html><html><head><title>t</title><script type="module">go()</script></head><body>' +
    '<script src="./x.js"></script><script>\nstay()\n</script><template><script>go()</script></template></body></html>';
  const emitted = new Set(['go()']);

  it('hashes the inline scripts the build emitted, and no other inline or external one', () => {
    expect(emittedScriptHashes(page, emitted)).toEqual([hashOf('go()'), hashOf('go()')]);
    expect(emittedScriptHashes(page, new Set())).toEqual([]);
  });

  it('puts the policy first in the head, so that it governs the whole page', () => {
    const html = addPolicy(page, emitted);
    expect(html).toMatch(/^<!doctype html><html><head>\n\s*<meta http-equiv="Content-Security-Policy" content="[^"]+"/);
    expect(html).toContain(`script-src ${hashOf('go()')};`);
    expect(html).not.toContain(hashOf('\nstay()\n'));
    expect(html.replace(/\n\s*<meta http-equiv[^>]*>/, '')).toBe(page);
  });

  it("admits the page's own script files only where the page adds the build's own (the speaker tools)", () => {
    expect(addPolicy(page, emitted)).toContain(`script-src ${hashOf('go()')};`);
    expect(addPolicy(page, emitted, true)).toContain(`script-src ${hashOf('go()')} 'self';`);
  });

  it("admits blob: workers (voice mode's follower) on the deck's page only; every other page starts none", () => {
    expect(addPolicy(page, emitted, true)).toContain('worker-src blob:;');
    expect(addPolicy(page, emitted)).toContain("worker-src 'none';");
    expect(contentSecurityPolicy([])).toContain("worker-src 'none'");
  });

  it('refuses a page without a head rather than leave it unprotected', () => {
    expect(() => addPolicy('<p>no head</p>', emitted)).toThrow('no <head>');
  });
});
