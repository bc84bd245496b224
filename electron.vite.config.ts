import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { cspDevelopment, cspMeta } from './electron/core/security/csp';
import { CHANNELS } from './shared/ipc/channels';

const root = import.meta.dirname;

/**
 * Writes the one CSP (electron/core/security/csp.ts) into index.html, replacing
 * whatever <meta http-equiv="Content-Security-Policy"> the page carries, so the
 * tag can never drift from the header. The app:// protocol and the preview send
 * the header too; the tag keeps the policy with the file wherever it is opened.
 * Asset URLs stay relative (electron-vite's default `base: './'`), so the same
 * build works on app://township-care/ and on the preview server.
 */
function cspMetaTag(): Plugin {
  let policy = cspMeta();
  const tag = () => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return {
    name: 'township-care:csp-meta',
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        const address = server.httpServer?.address();
        if (address && typeof address === 'object')
          policy = cspDevelopment(`http://localhost:${address.port}`);
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const existing = /<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>/i;
        return existing.test(html)
          ? html.replace(existing, tag())
          : html.replace(/<head>/i, `<head>\n    ${tag()}`);
      },
    },
  };
}

/**
 * `virtual:care-channels` for the preload and the renderer: the contract's
 * channel names as a plain array, evaluated here at build time. The sandboxed
 * preload can then expose every channel without bundling zod and the schemas,
 * the renderer's first screen does not load them either, and the list can
 * never drift from the contract because nobody writes it.
 */
function channelList(): Plugin {
  const id = 'virtual:care-channels';
  const resolved = `\0${id}`;
  return {
    name: 'township-care:channel-list',
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (module) =>
      module === resolved ? `export const CHANNELS = ${JSON.stringify(CHANNELS)};\n` : undefined,
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Bundle zod, lowdb, … into the main bundle: the package then needs no node_modules.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
      },
    },
  },
  preload: {
    plugins: [channelList()],
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // Sandboxed preloads are loaded as classic CommonJS scripts; ESM is not allowed there.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), cspMetaTag(), channelList()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; minified, the first screen parses a
      // fraction of the code (no JSDoc of recharts and zod, short names), which a slow PC feels.
      minify: true,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        output: {
          codeSplitting: {
            groups: [{ name: 'first-screen', tags: ['$initial'] }],
          },
        },
      },
    },
  },
});
