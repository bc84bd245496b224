import { describe, expect, it } from 'vitest';
import { menuLabel } from '../../electron/main/menu-text';
import { namespaces } from '../../shared/i18n/index';

const menuText = namespaces.menu;

describe('application menu text', () => {
  it('has the same labels in Chinese and English', () => {
    expect(Object.keys(menuText.en).sort()).toEqual(Object.keys(menuText['zh-CN']).sort());
  });

  it('translates and interpolates', () => {
    expect(menuLabel('zh-CN', 'file')).toBe('文件');
    expect(menuLabel('en', 'file')).toBe('File');
    expect(menuLabel('en', 'aboutDetail', { version: '1.2.3', dataDir: '/d' })).toBe(
      'Version 1.2.3\nData folder: /d',
    );
  });
});
