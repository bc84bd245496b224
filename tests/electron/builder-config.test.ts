import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

// electron-builder's own YAML loader and schema validator (CommonJS, no Electron needed).
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, debugLogger: unknown) => Promise<void>;
};

const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  electronFuses: Record<string, boolean>;
  nsis: Record<string, unknown>;
  linux: { target: string[]; category: string };
}

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    await expect(validateConfiguration(config, { add() {}, isEnabled: false })).resolves.toBeUndefined();
  });

  it('identifies the product and packs only the build output into an asar', () => {
    expect(config.appId).toBe('cn.townshipcare.app');
    expect(config.productName).toBe('Township Care');
    expect(config.asar).toBe(true);
    expect(config.files).toContain('out/**');
  });

  it('flips the hardening fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds a Chinese assisted NSIS installer and Linux AppImage + deb', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['zh_CN'],
      language: '2052',
    });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
  });

  it('has the icons it names, at the sizes installers need', () => {
    const png = fs.readFileSync(path.join(root, 'resources', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
    const ico = fs.readFileSync(path.join(root, 'resources', 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1); // icon type
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toContain(256);
    expect(sizes).toContain(16);
  });
});
