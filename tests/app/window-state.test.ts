import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW,
  MIN_WINDOW,
  loadWindowState,
  sanitizeWindowState,
  saveWindowState,
} from '../../electron/core/app/window-state';

const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

describe('window state', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
  });

  it('uses defaults for missing or garbage input', () => {
    for (const raw of [undefined, null, 'x', 42, [], { width: 'wide', x: Number.NaN }]) {
      expect(sanitizeWindowState(raw, screen)).toEqual(DEFAULT_WINDOW);
    }
  });

  it('keeps a saved position that is on a screen', () => {
    expect(sanitizeWindowState({ x: 100, y: 50, width: 1200, height: 700, maximized: true }, screen)).toEqual(
      {
        x: 100,
        y: 50,
        width: 1200,
        height: 700,
        maximized: true,
      },
    );
  });

  it('drops a position left on a monitor that is gone, and clamps sizes', () => {
    const state = sanitizeWindowState({ x: 2500, y: 100, width: 99999, height: 10 }, screen);
    expect(state.x).toBeUndefined();
    expect(state.width).toBe(1920);
    expect(state.height).toBe(MIN_WINDOW.height);
  });

  it('round-trips through a durable file and leaves no temp files', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'care-window-'));
    dirs.push(dir);
    const file = path.join(dir, 'window-state.json');
    await saveWindowState(file, { x: 10, y: 20, width: 1000, height: 700, maximized: false });
    expect(await loadWindowState(file, screen)).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: false,
    });
    expect(await fs.readdir(dir)).toEqual(['window-state.json']);
  });
});
