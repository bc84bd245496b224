import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Compiled as if it were a renderer file, so it sees the renderer's i18next type declaration. */
const checkFile = path.join(root, 'renderer/src/i18n/key-check.fixture.tsx');

/**
 * Keys that must compile and keys that must not. Each `@ts-expect-error` is
 * itself an error when the line below it compiles, so this file has no
 * diagnostics only if every wrong key is refused and every right one accepted.
 */
const source = `
import { useTranslation } from 'react-i18next';
import { translate, translator } from '../../../shared/i18n/translate';
import type { FeatureStrings } from '../../../shared/i18n/types';
import { categoryLabelKey, type CategoryCode } from '../../../shared/domain/categories';
import { riskLabelKey, type RiskCode } from '../../../shared/domain/risk';
import { ABILITY_ITEMS } from '../../../shared/domain/ability';

export function useKeys(category: CategoryCode, risk: RiskCode, runtimeCode: string): string[] {
  const { t } = useTranslation(['people', 'domain']);
  const accepted = [
    t('list.title'),
    t('domain:sex.male'),
    t('list.count', { count: 2, value: '2' }),
    t(\`domain:category.\${category}\`),
    t(categoryLabelKey(category)),
    t(riskLabelKey(risk)),
    t(ABILITY_ITEMS[0]!.labelKey),
    t(runtimeCode, { ns: 'errors', defaultValue: runtimeCode }),
    translate('en', 'ipc.internal'),
    translate('en', 'cli:usage.seeHelp'),
    translate('en', \`domain:category.\${category}\`),
    translate('en', runtimeCode),
    translator('en', 'cli')('usage.seeHelp'),
  ];
  // @ts-expect-error misspelt key
  t('list.titel');
  // @ts-expect-error misspelt namespace
  t('domian:sex.male');
  // @ts-expect-error a computed key whose interpolated part names no message
  t(\`domain:category.\${category}Old\`);
  // @ts-expect-error a computed key over a loose string cannot be checked, so it is refused
  t(\`domain:category.\${runtimeCode}\`);
  // @ts-expect-error misspelt key in the main process
  translate('en', 'ipc.internl');
  // @ts-expect-error a computed key in the main process over a loose string
  translate('en', \`store.readOnlyReason.\${runtimeCode}\`);
  // @ts-expect-error a bare key looked up in the wrong default namespace
  translator('en', 'cli')('ipc.internal');
  return accepted;
}

// @ts-expect-error a message written in one language only
export const onlyChinese: FeatureStrings = { people: { name: ['姓名'] } };
// @ts-expect-error a message written as a plain string
export const plainString: FeatureStrings = { people: { name: '姓名' } };
`;

function diagnostics(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, 'tsconfig.web.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.web.json not readable');
  const options: ts.CompilerOptions = {
    ...config.options,
    noEmit: true,
    composite: false,
    incremental: false,
    declaration: false,
    emitDeclarationOnly: false,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => name === checkFile || ts.sys.fileExists(name);
  host.readFile = (name) => (name === checkFile ? source : readFile(name));
  host.getSourceFile = (name, language, onError, createNew) =>
    name === checkFile
      ? ts.createSourceFile(name, source, language, true, ts.ScriptKind.TSX)
      : getSourceFile(name, language, onError, createNew);
  const declarations = config.fileNames.filter((name) => name.endsWith('.d.ts'));
  const program = ts.createProgram([checkFile, ...declarations], options, host);
  const file = program.getSourceFile(checkFile);
  if (!file) throw new Error('key check file not compiled');
  return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((d) => {
    const line = d.start === undefined ? 0 : file.getLineAndCharacterOfPosition(d.start).line + 1;
    return `line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ').slice(0, 200)}`;
  });
}

describe('typed message keys', () => {
  it('accept every right key and refuse every wrong one at compile time', () => {
    expect(diagnostics()).toEqual([]);
  }, 60_000);
});
