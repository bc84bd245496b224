import { describe, expect, it } from 'vitest';
import { defaultDataDir, defaultUserDataDir, resolveDataDir } from '../../electron/core/paths';

describe('default data folder (matches Electron userData for "Township Care")', () => {
  it('Windows: %APPDATA%\\Township Care\\data', () => {
    const info = {
      platform: 'win32' as const,
      env: { APPDATA: 'C:\\Users\\wang\\AppData\\Roaming' },
      homedir: 'C:\\Users\\wang',
    };
    expect(defaultDataDir(info)).toBe('C:\\Users\\wang\\AppData\\Roaming\\Township Care\\data');
    expect(defaultUserDataDir({ ...info, env: {} })).toBe('C:\\Users\\wang\\AppData\\Roaming\\Township Care');
  });

  it('macOS: ~/Library/Application Support/Township Care/data', () => {
    expect(defaultDataDir({ platform: 'darwin', env: {}, homedir: '/Users/li' })).toBe(
      '/Users/li/Library/Application Support/Township Care/data',
    );
  });

  it('Linux: $XDG_CONFIG_HOME or ~/.config', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, homedir: '/home/zhang' })).toBe(
      '/home/zhang/.config/Township Care/data',
    );
    expect(
      defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, homedir: '/home/zhang' }),
    ).toBe('/cfg/Township Care/data');
  });

  it('CARE_DATA_DIR overrides the folder under userData', () => {
    expect(resolveDataDir('/u', {})).toBe('/u/data');
    expect(resolveDataDir('/u', { CARE_DATA_DIR: '/elsewhere/care' })).toBe('/elsewhere/care');
    expect(resolveDataDir('/u', { CARE_DATA_DIR: '   ' })).toBe('/u/data');
  });
});
