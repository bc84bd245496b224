import path from 'node:path';
import { readJsonOrUndefined, writeJsonDurably } from './durable-json';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent when the window should be centred by the system. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW: WindowState = { width: 1280, height: 800, maximized: false };
export const MIN_WINDOW = { width: 960, height: 640 };

export function windowStateFile(userDataDir: string): string {
  return path.join(userDataDir, 'window-state.json');
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** How much of `a` lies inside `b`, in square pixels. */
function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Turns whatever was saved into bounds that are safe to use now: sizes
 * clamped to the minimum and to the largest screen, and the position dropped
 * (window centred) when too little of it would be visible on any screen —
 * e.g. the second monitor it was on has been unplugged.
 */
export function sanitizeWindowState(raw: unknown, workAreas: readonly Rect[]): WindowState {
  const saved = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const maxW = Math.max(MIN_WINDOW.width, ...workAreas.map((a) => a.width));
  const maxH = Math.max(MIN_WINDOW.height, ...workAreas.map((a) => a.height));
  const clamp = (v: unknown, min: number, max: number, fallback: number) =>
    finite(v) ? Math.round(Math.min(max, Math.max(min, v))) : fallback;
  const state: WindowState = {
    width: clamp(saved.width, MIN_WINDOW.width, maxW, Math.min(DEFAULT_WINDOW.width, maxW)),
    height: clamp(saved.height, MIN_WINDOW.height, maxH, Math.min(DEFAULT_WINDOW.height, maxH)),
    maximized: saved.maximized === true,
  };
  if (finite(saved.x) && finite(saved.y)) {
    const rect = { x: Math.round(saved.x), y: Math.round(saved.y), width: state.width, height: state.height };
    const visible = Math.max(0, ...workAreas.map((area) => overlap(rect, area)));
    // At least a third of the window (and so its title bar, usually) must be on a screen.
    if (visible >= (rect.width * rect.height) / 3) {
      state.x = rect.x;
      state.y = rect.y;
    }
  }
  return state;
}

export async function loadWindowState(file: string, workAreas: readonly Rect[]): Promise<WindowState> {
  return sanitizeWindowState(await readJsonOrUndefined(file), workAreas);
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeJsonDurably(file, state);
}
