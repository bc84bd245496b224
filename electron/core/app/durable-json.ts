import fs from 'node:fs/promises';
import path from 'node:path';
import { serializeJson, writeFileDurably } from '../store/durable-file';
import { nodeFileSystem } from '../store/fs';

/**
 * Writes a small JSON file so that a crash leaves either the old or the new
 * content, never half of one — the same durable write the data files use.
 * For the app's own little files (window bounds, language choice), not for data.
 */
export async function writeJsonDurably(file: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileDurably(nodeFileSystem, file, serializeJson(value));
}

/** Reads a small JSON file; `undefined` when it is missing or unreadable (callers fall back to defaults). */
export async function readJsonOrUndefined(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
