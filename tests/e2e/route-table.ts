/**
 * The app's pages as the route table declares them, read from the sources
 * (renderer/src/app/features.ts and each feature's index.ts) rather than from
 * a list kept by hand: a page added later is in the list without anyone
 * editing a test. The renderer's modules are React and the DOM, which the
 * tests' Node side cannot import, so the declarations are read with the
 * TypeScript parser. Anything this reader cannot understand (a path built at
 * run time, a feature defined elsewhere) is an error, never a page skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from './harness';

const APP_DIR = path.join(ROOT, 'renderer', 'src', 'app');
const FEATURES_FILE = path.join(APP_DIR, 'features.ts');

export interface DeclaredRoute {
  /** Absolute hash path with its `:params`, e.g. `/people/:id`; `*` is the not-found page. */
  path: string;
  /** Inside the frame (sidebar and header) or a paper page. */
  kind: 'frame' | 'print';
  /** The feature that declares it, by its exported name. */
  feature: string;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function moduleFile(fromFile: string, specifier: string): string {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`route table: cannot find ${specifier} imported by ${path.relative(ROOT, fromFile)}`);
}

/** `import { a, b } from './x'` → a → file of './x'. */
function importedNames(source: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    // Packages (react, antd) declare no routes: only the app's own modules are followed.
    if (!statement.moduleSpecifier.text.startsWith('.')) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      out.set(element.name.text, moduleFile(source.fileName, statement.moduleSpecifier.text));
    }
  }
  return out;
}

function unwrap(expression: ts.Expression | undefined): ts.Expression | undefined {
  let current = expression;
  while (current && (ts.isAsExpression(current) || ts.isSatisfiesExpression(current)))
    current = current.expression;
  return current;
}

/** The object literal a feature is declared as, following `export { x } from './y'` to its file. */
function featureObject(file: string, name: string): ts.ObjectLiteralExpression {
  const source = parse(file);
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name) continue;
        const init = unwrap(declaration.initializer);
        if (init && ts.isObjectLiteralExpression(init)) return init;
      }
    }
    if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause) &&
      statement.exportClause.elements.some((element) => element.name.text === name)
    ) {
      const element = statement.exportClause.elements.find((e) => e.name.text === name);
      const original = element?.propertyName?.getText() ?? name;
      return featureObject(moduleFile(file, statement.moduleSpecifier.text), original);
    }
  }
  throw new Error(`route table: ${name} is not an object literal in ${path.relative(ROOT, file)}`);
}

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const member of object.properties) {
    if (ts.isPropertyAssignment(member) && ts.isIdentifier(member.name) && member.name.text === name) {
      return member.initializer;
    }
  }
  return undefined;
}

function routePaths(
  object: ts.ObjectLiteralExpression,
  key: 'routes' | 'printRoutes',
  where: string,
): string[] {
  const list = property(object, key);
  if (list === undefined) return [];
  return routeElements(list, object.getSourceFile(), `${where}.${key}`).map((element) => {
    if (!ts.isObjectLiteralExpression(element))
      throw new Error(`route table: a route of ${where} is not a literal`);
    if (property(element, 'index')?.kind === ts.SyntaxKind.TrueKeyword) return '/';
    const value = property(element, 'path');
    if (value === undefined || !ts.isStringLiteralLike(value)) {
      throw new Error(`route table: a route of ${where} has no literal path: ${element.getText()}`);
    }
    return value.text.startsWith('/') ? value.text : `/${value.text}`;
  });
}

/** `const name = [...]` declared in `source`, or imported into it from a sibling module. */
function namedArray(source: ts.SourceFile, name: string): { list: ts.Expression; source: ts.SourceFile } {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer)
        return { list: declaration.initializer, source };
    }
  }
  const file = importedNames(source).get(name);
  if (file === undefined)
    throw new Error(
      `route table: ${name} is neither declared nor imported in ${path.relative(ROOT, source.fileName)}`,
    );
  return namedArray(parse(file), name);
}

/**
 * The route literals of a list, following a list named by a constant and the
 * `...spread` of one: a feature may gather its routes from files of its own.
 */
function routeElements(expression: ts.Expression, source: ts.SourceFile, where: string): ts.Expression[] {
  const list = unwrap(expression);
  if (list && ts.isIdentifier(list)) {
    const found = namedArray(source, list.text);
    return routeElements(found.list, found.source, where);
  }
  if (!list || !ts.isArrayLiteralExpression(list))
    throw new Error(`route table: ${where} is not an array literal`);
  return list.elements.flatMap((element) =>
    ts.isSpreadElement(element) ? routeElements(element.expression, source, where) : [element],
  );
}

/** Every route of every feature listed in the route table, in its order. */
export function declaredRoutes(): DeclaredRoute[] {
  const table = parse(FEATURES_FILE);
  const imports = importedNames(table);
  const features = topLevelArray(table, 'FEATURES');
  return features.flatMap((name) => {
    const file = imports.get(name);
    if (file === undefined) throw new Error(`route table: ${name} is not imported in features.ts`);
    const object = featureObject(file, name);
    return [
      ...routePaths(object, 'routes', name).map((p): DeclaredRoute => ({
        path: p,
        kind: 'frame',
        feature: name,
      })),
      ...routePaths(object, 'printRoutes', name).map((p): DeclaredRoute => ({
        path: p,
        kind: 'print',
        feature: name,
      })),
    ];
  });
}

function topLevelArray(source: ts.SourceFile, name: string): string[] {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name) continue;
      const init = unwrap(declaration.initializer);
      if (!init || !ts.isArrayLiteralExpression(init)) break;
      return init.elements.map((element) => {
        if (!ts.isIdentifier(element))
          throw new Error(`route table: ${element.getText()} in ${name} is not a name`);
        return element.text;
      });
    }
  }
  throw new Error(`route table: no array ${name} in ${path.relative(ROOT, source.fileName)}`);
}

/**
 * A concrete address for a declared path: each `:param` from `params`, and the
 * catch-all `*` as an address no page has. A parameter nobody provides is an
 * error that names it, so a new kind of page says what it needs.
 */
export function concretePath(route: DeclaredRoute, params: Readonly<Record<string, string>>): string {
  if (route.path === '/*') return '/no-such-page';
  return route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined)
      throw new Error(`no value for :${name} (route ${route.path}): add one to the page walk`);
    return encodeURIComponent(value);
  });
}
