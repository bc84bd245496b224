import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/ipc/contract';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const rendererDir = path.join(root, 'out', 'renderer');
const built = fs.existsSync(path.join(rendererDir, 'index.html'));

function assetScripts(): { name: string; code: string }[] {
  const dir = path.join(rendererDir, 'assets');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, code: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/** A script and every script it imports statically: what runs before it does. */
function withStaticImports(first: string): Map<string, string> {
  const scripts = new Map<string, string>();
  const pending = [first];
  while (pending.length > 0) {
    const name = pending.pop() ?? '';
    if (scripts.has(name)) continue;
    const code = fs.readFileSync(path.join(rendererDir, 'assets', name), 'utf8');
    scripts.set(name, code);
    // Static imports only (`import … from"./x.js"`, `import"./x.js"`), not `import("./x.js")`.
    for (const match of code.matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g))
      pending.push(match[1] ?? '');
  }
  return scripts;
}

/** The entry script of index.html and every script it imports statically: what runs before the first screen. */
function startScripts(): Map<string, string> {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in index.html');
  return withStaticImports(entry);
}

/** Names of the scripts that carry zod (its error class or its commonest issue code). */
function withSchemaLibrary(scripts: Map<string, string>): string[] {
  return [...scripts]
    .filter(([, code]) => code.includes('ZodError') || code.includes('invalid_type'))
    .map(([name]) => name);
}

// Reads the build (`npx electron-vite build`); skipped when there is none.
describe('built renderer (out/renderer)', () => {
  it.skipIf(!built)('carries exactly the contract channel names, computed at build time', () => {
    // The minifier writes a list of names either as an array of strings or, once it is long,
    // as one comma-joined string split at run time: read both.
    const lists = assetScripts()
      .flatMap(({ code }) => [
        ...[...code.matchAll(/\[((?:["'`][a-z]+\.[a-zA-Z]+["'`],?)+)\]/g)].map((match) =>
          (match[1] ?? '').split(',').map((quoted) => quoted.slice(1, -1)),
        ),
        ...[...code.matchAll(/["'`]((?:[a-z]+\.[a-zA-Z]+,)+[a-z]+\.[a-zA-Z]+)["'`]/g)].map((match) =>
          (match[1] ?? '').split(','),
        ),
      ])
      .filter((names) => names.includes('app.getState'));
    expect(lists).toEqual([Object.keys(contract)]);
  });

  it.skipIf(!built)('loads no schema library before the first screen', () => {
    expect(withSchemaLibrary(startScripts())).toEqual([]);
  });

  // The elders list is the page most visited: its filters need the lists of statuses and
  // services, not the zod schemas that also name them.
  it.skipIf(!built)('opens the elders list without loading the schema library', () => {
    const page = assetScripts().find(({ name }) => name.startsWith('people-list-page-'));
    expect(page).toBeDefined();
    expect(withSchemaLibrary(withStaticImports(page?.name ?? ''))).toEqual([]);
  });
});
