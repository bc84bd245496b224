import { describe, expect, it } from 'vitest';
import { appOriginFromUrl, isAllowedNavigation, isTrustedSender } from '../../electron/core/security/origin';
import { isPermissionGranted, windowOpenDecision } from '../../electron/core/security/permissions';

const builtApp = appOriginFromUrl('app://township-care/index.html');
const devApp = appOriginFromUrl('http://localhost:5173/');

describe('IPC sender check', () => {
  it('trusts our own page in the top frame, whatever its hash route or query', () => {
    expect(isTrustedSender('app://township-care/index.html', true, builtApp)).toBe(true);
    expect(isTrustedSender('app://township-care/index.html#/people/1', true, builtApp)).toBe(true);
    expect(isTrustedSender('app://township-care/', true, builtApp)).toBe(true);
    expect(isTrustedSender('app://township-care/index.html?lang=en#/settings', true, builtApp)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/#/settings', true, devApp)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/index.html?x=1', true, devApp)).toBe(true);
  });

  it('refuses subframes even of our own page', () => {
    expect(isTrustedSender('app://township-care/index.html', false, builtApp)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', false, devApp)).toBe(false);
  });

  it('refuses file:// (even the built page itself), look-alike hosts and other schemes for the built app', () => {
    for (const url of [
      'file:///opt/Township%20Care/resources/app.asar/out/renderer/index.html',
      'file:///home/user/Downloads/index.html',
      'file://township-care/index.html',
      'app://township-care.evil/index.html',
      'app://township-care.evil.com/',
      'app://township-care@evil/index.html',
      'app://township-care:@evil/',
      'app://user:pass@township-care/index.html',
      'app://township-care:8080/index.html',
      'app://evil/index.html',
      'app://evil/township-care/index.html',
      'app:///index.html',
      'app:township-care/index.html',
      'app://township%2Dcare/index.html',
      'apps://township-care/index.html',
      'xapp://township-care/index.html',
      // Same opaque origin "null" as app:// in WHATWG terms: only scheme + host comparison tells them apart.
      'other://township-care/index.html',
      'blob:app://township-care/5b1c-4e',
      'http://township-care/index.html',
      'https://township-care/index.html',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,<script>1</script>',
      'not a url',
      '',
    ]) {
      expect(isTrustedSender(url, true, builtApp), url).toBe(false);
    }
    expect(isTrustedSender(undefined, true, builtApp)).toBe(false);
  });

  it('never trusts our app:// page when running against the dev server, nor the dev server for the build', () => {
    expect(isTrustedSender('app://township-care/index.html', true, devApp)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', true, builtApp)).toBe(false);
  });

  it('refuses other origins and look-alike hosts (compared parsed, never by substring)', () => {
    for (const url of [
      'http://localhost:5174/',
      'https://localhost:5173/',
      'http://127.0.0.1:5173/',
      'http://localhost:5173.evil.com/',
      'http://localhost:5173@evil.com/',
      'http://evil.com/?http://localhost:5173/',
      'http://evil.com/http://localhost:5173/',
      'http://user:pass@localhost:5173/',
      'about:blank',
      'data:text/html,<script>1</script>',
      'devtools://devtools/bundled/inspector.html',
      'chrome-error://chromewebdata/',
      'not a url',
      '',
    ]) {
      expect(isTrustedSender(url, true, devApp), url).toBe(false);
    }
    expect(isTrustedSender(undefined, true, devApp)).toBe(false);
    expect(isTrustedSender(null, true, devApp)).toBe(false);
  });

  it('refuses an app entry that is neither our scheme nor http', () => {
    expect(() => appOriginFromUrl('file:///opt/care/out/renderer/index.html')).toThrow();
    expect(() => appOriginFromUrl('app://evil/index.html')).toThrow();
    expect(() => appOriginFromUrl('app://township-care@evil/index.html')).toThrow();
    expect(() => appOriginFromUrl('javascript:alert(1)')).toThrow();
    expect(() => appOriginFromUrl('nonsense')).toThrow();
  });
});

describe('navigation guard', () => {
  it('allows only reloading our own page', () => {
    expect(isAllowedNavigation('app://township-care/index.html#/', builtApp)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/#/people', devApp)).toBe(true);
  });

  it('blocks links, redirects and dropped files going anywhere else', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173.evil.com/',
      'file:///home/user/Downloads/dropped.html',
      'file:///etc/passwd',
      'file:///opt/Township%20Care/resources/app.asar/out/renderer/index.html',
      'app://township-care.evil/index.html',
      'app://township-care@evil/',
      'javascript:alert(1)',
      'mailto:someone@example.com',
    ]) {
      expect(isAllowedNavigation(url, builtApp), url).toBe(false);
      expect(isAllowedNavigation(url, devApp), url).toBe(false);
    }
  });
});

describe('window-open and permission policy', () => {
  it('never opens a new window', () => {
    expect(windowOpenDecision('https://example.com/')).toEqual({ action: 'deny' });
    expect(windowOpenDecision('http://localhost:5173/')).toEqual({ action: 'deny' });
  });

  it('denies every permission a page can ask for', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'fullscreen',
      'openExternal',
      'midi',
      'usb',
      'hid',
      'serial',
      'unknown',
    ]) {
      expect(isPermissionGranted(permission, 'http://localhost:5173/'), permission).toBe(false);
    }
  });
});
