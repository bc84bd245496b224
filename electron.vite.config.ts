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

/**
 * antd components the renderer never uses, each with the class prefixes of its
 * styles. antd's prebuilt stylesheet (theme.zeroRuntime) holds every component,
 * about 1 MB that a slow PC parses and matches against on the first screen;
 * rules for elements that can never exist are dropped from it. Importing one of
 * these components from 'antd' fails the build, so a feature that starts using
 * one must remove it from this list rather than get an unstyled component.
 */
const UNUSED_ANTD_STYLES: Record<string, string[]> = {
  Anchor: ['anchor'],
  Avatar: ['avatar'],
  Carousel: ['carousel'],
  Cascader: ['cascader'],
  Collapse: ['collapse'],
  ColorPicker: ['color-picker'],
  Drawer: ['drawer'],
  FloatButton: ['float-btn'],
  List: ['list'],
  Masonry: ['masonry'],
  Mentions: ['mentions'],
  QRCode: ['qrcode'],
  Rate: ['rate'],
  Slider: ['slider'],
  Splitter: ['splitter'],
  Switch: ['switch'],
  Timeline: ['timeline'],
  Tour: ['tour'],
  Transfer: ['transfer'],
  Tree: ['tree'],
  TreeSelect: ['tree-select', 'select-tree'],
  Watermark: ['watermark'],
};

/** Splits a selector list at its top-level commas (not those inside :is(…), [attr="a,b"], …). */
function selectorsOf(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

function antdStylesInUse(): Plugin {
  const prefixes = Object.values(UNUSED_ANTD_STYLES).flat().join('|');
  // `.ant-tree`, `.ant-tree-node…`, but not `.ant-tree` inside another word.
  const unusedClass = new RegExp(`\\.ant-(?:${prefixes})(?![a-z0-9_])`);
  const antdImport = /import\s*\{([^}]*)\}\s*from\s*['"]antd['"]/g;
  return {
    name: 'township-care:antd-styles-in-use',
    enforce: 'pre',
    transform(code, id) {
      if (/[\\/]antd[\\/]dist[\\/]antd\.css$/.test(id)) {
        // Leaf rules only (`selectors{declarations}`): @media and @keyframes wrappers stay.
        return code.replace(/([^{};]+)\{([^{}]*)\}/g, (rule: string, list: string, body: string) => {
          const kept = selectorsOf(list).filter(
            // A `:not(.ant-tree)` matches elements that do exist: such selectors are kept.
            (selector) => selector.includes(':not(') || !unusedClass.test(selector),
          );
          if (kept.length === 0) return '';
          return kept.length === selectorsOf(list).length ? rule : `${kept.join(',')}{${body}}`;
        });
      }
      if (id.includes('/renderer/src/') && /\.tsx?$/.test(id)) {
        for (const [, names = ''] of code.matchAll(antdImport)) {
          for (const name of names.split(',').map((part) => part.trim().split(/\s+/)[0])) {
            if (name && name in UNUSED_ANTD_STYLES)
              this.error(
                `${name} is imported from antd, but its styles are dropped: remove it from UNUSED_ANTD_STYLES`,
              );
          }
        }
      }
      return undefined;
    },
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
    plugins: [react(), cspMetaTag(), channelList(), antdStylesInUse()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; minified, the first screen parses a
      // fraction of the code (no JSDoc of recharts and zod, short names), which a slow PC feels.
      minify: true,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
      },
    },
  },
});
