import { describe, expect, it } from 'vitest';
import { appOriginFromUrl, isAllowedNavigation, isTrustedSender } from '../../electron/core/security/origin';
import { isPermissionGranted, windowOpenDecision } from '../../electron/core/security/permissions';

const fileApp = appOriginFromUrl('file:///opt/Township%20Care/resources/app.asar/out/renderer/index.html');
const devApp = appOriginFromUrl('http://localhost:5173/');

describe('IPC sender check', () => {
  it('trusts our own page in the top frame, whatever its hash route or query', () => {
    expect(isTrustedSender('file:///opt/Township%20Care/resources/app.asar/out/renderer/index.html', true, fileApp)).toBe(true);
    expect(isTrustedSender('file:///opt/Township%20Care/resources/app.asar/out/renderer/index.html#/people/1', true, fileApp)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/#/settings', true, devApp)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/index.html?x=1', true, devApp)).toBe(true);
  });

  it('refuses subframes even of our own page', () => {
    expect(isTrustedSender('file:///opt/Township%20Care/resources/app.asar/out/renderer/index.html', false, fileApp)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', false, devApp)).toBe(false);
  });

  it('refuses other file:// documents, including path tricks and remote file hosts', () => {
    for (const url of [
      'file:///opt/Township%20Care/resources/app.asar/out/renderer/other.html',
      'file:///tmp/index.html',
      'file:///opt/Township%20Care/resources/app.asar/out/renderer/index.html/../../evil.html',
      'file:///opt/Township%20Care/resources/app.asar/out/renderer/index.html.evil',
      'file://evil-host/opt/Township%20Care/resources/app.asar/out/renderer/index.html',
      'http://localhost:5173/',
    ]) {
      expect(isTrustedSender(url, true, fileApp), url).toBe(false);
    }
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

  it('refuses an app entry that is neither file nor http', () => {
    expect(() => appOriginFromUrl('javascript:alert(1)')).toThrow();
    expect(() => appOriginFromUrl('nonsense')).toThrow();
  });
});

describe('navigation guard', () => {
  it('allows only reloading our own page', () => {
    expect(isAllowedNavigation('file:///opt/Township%20Care/resources/app.asar/out/renderer/index.html#/', fileApp)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/#/people', devApp)).toBe(true);
  });

  it('blocks links, redirects and dropped files going anywhere else', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173.evil.com/',
      'file:///home/user/Downloads/dropped.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'mailto:someone@example.com',
    ]) {
      expect(isAllowedNavigation(url, fileApp), url).toBe(false);
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
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'midi', 'usb', 'hid', 'serial', 'unknown']) {
      expect(isPermissionGranted(permission, 'http://localhost:5173/'), permission).toBe(false);
    }
  });
});
