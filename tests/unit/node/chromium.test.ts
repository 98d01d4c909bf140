import { describe, expect, it } from 'vitest';
import { BROWSER_PATHS, BrowserNotFoundError, findBrowser } from '../../../src/node/browser.ts';

describe('findBrowser', () => {
  it('takes CHROME_PATH first', () => {
    expect(
      findBrowser({ CHROME_PATH: '/opt/chrome' }, (file) => file === '/opt/chrome' || file === '/usr/bin/chromium'),
    ).toBe('/opt/chrome');
  });

  it('refuses a CHROME_PATH that does not exist, rather than quietly using another browser', () => {
    expect(() => findBrowser({ CHROME_PATH: '/nowhere/chrome' }, (file) => file !== '/nowhere/chrome')).toThrow(
      /CHROME_PATH=\/nowhere\/chrome \(no such file\)/,
    );
  });

  it('falls back to the usual install paths, in order', () => {
    expect(findBrowser({}, (file) => file === '/usr/bin/google-chrome' || file === '/snap/bin/chromium')).toBe(
      '/usr/bin/google-chrome',
    );
  });

  it('says where it looked and how to install a browser when there is none', () => {
    const attempt = () => findBrowser({}, () => false);
    expect(attempt).toThrow(BrowserNotFoundError);
    expect(attempt).toThrow(/apt-get install -y chromium/);
    for (const file of BROWSER_PATHS) expect(attempt).toThrow(file);
  });
});
