// @ts-check
/**
 * feature-boundaries: a feature may use another feature only through its
 * public index.ts, never its insides; the shared kit may use no feature at all.
 *
 * Options (paths relative to ESLint's working folder, or absolute):
 *   features: folders that are one feature each; `dir/*` means every folder in dir
 *             (e.g. ['renderer/src/features/*', 'renderer/src/app'], or for the
 *             main process ['electron/core/*']).
 *   shared:   folders of the shared kit, which are no feature and must not import
 *             any (e.g. ['renderer/src/components', 'renderer/src/api'], or
 *             ['electron/core/store'] beside ['electron/core/*']).
 * Only relative imports are checked: that is how the code reaches its own folders.
 */
import path from 'node:path';

/** @param {string} cwd @param {string} dir */
function absolute(cwd, dir) {
  return path.resolve(cwd, dir);
}

/**
 * Feature folders named by the options; for `dir/*`, the first folder under dir
 * (found from the path, so files not yet on disk are checked alike).
 * @param {string} cwd
 * @param {readonly string[]} patterns
 * @returns {{ folders: string[], parents: string[] }}
 */
function featureFolders(cwd, patterns) {
  /** @type {string[]} */
  const folders = [];
  /** @type {string[]} */
  const parents = [];
  for (const pattern of patterns) {
    if (pattern.endsWith('/*')) parents.push(absolute(cwd, pattern.slice(0, -2)));
    else folders.push(absolute(cwd, pattern));
  }
  return { folders, parents };
}

/** @param {string} file @param {string} dir */
function isInside(file, dir) {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The feature folder a file belongs to, or null (also for the shared kit, even
 * inside a `dir/*`: `electron/core/*` with `electron/core/store` as kit).
 * @param {string} file
 * @param {{ folders: string[], parents: string[], shared: string[] }} features
 */
function featureOf(file, features) {
  if (features.shared.some((dir) => isInside(file, dir))) return null;
  for (const folder of features.folders) if (isInside(file, folder)) return folder;
  for (const parent of features.parents) {
    if (!isInside(file, parent) || file === parent) continue;
    const first = path.relative(parent, file).split(path.sep)[0];
    if (first) return path.join(parent, first);
  }
  return null;
}

const INDEX = /^index\.(ts|tsx|js|mjs)$/;

/** The import names the folder itself or its index file. @param {string} target @param {string} folder */
function isPublicEntry(target, folder) {
  if (target === folder) return true;
  return (
    path.dirname(target) === folder && INDEX.test(path.basename(target) + (path.extname(target) ? '' : '.ts'))
  );
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Use another feature only through its index.ts; the shared kit uses no feature.' },
    schema: [
      {
        type: 'object',
        properties: {
          features: { type: 'array', items: { type: 'string' } },
          shared: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      inside:
        "'{{source}}' reaches into the feature '{{feature}}': import its public index.ts ('{{entry}}') and export what is needed there.",
      kit: "'{{source}}' is a feature ('{{feature}}'): the shared kit may not depend on features.",
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const cwd = context.cwd;
    const shared = (options.shared ?? []).map((/** @type {string} */ dir) => absolute(cwd, dir));
    const features = { ...featureFolders(cwd, options.features ?? []), shared };
    const file = context.filename;
    const own = featureOf(file, features);
    const inKit = shared.some((dir) => isInside(file, dir));
    if (own === null && !inKit) return {};

    /** @param {import('estree').Node} node @param {unknown} value */
    const check = (node, value) => {
      if (typeof value !== 'string' || !value.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), value);
      const feature = featureOf(target, features);
      if (feature === null || feature === own) return;
      const name = path.relative(cwd, feature).split(path.sep).join('/');
      if (inKit) {
        context.report({ node, messageId: 'kit', data: { source: value, feature: name } });
        return;
      }
      if (isPublicEntry(target, feature)) return;
      let entry = path.relative(path.dirname(file), feature).split(path.sep).join('/');
      if (!entry.startsWith('.')) entry = `./${entry}`;
      context.report({ node, messageId: 'inside', data: { source: value, feature: name, entry } });
    };

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { 'feature-boundaries': rule } };
