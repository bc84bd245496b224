/**
 * `care import people FILE [--dry-run] [--mapping NAME] [--lang zh-CN|en] [--data DIR]`
 *
 * Reads an .xlsx or .csv, recognises usual column titles (or uses a saved
 * mapping), prints every row it keeps and every row it refuses with the
 * reasons, then imports the good rows in one audited change. `--dry-run`
 * opens nothing for writing and changes nothing.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { CareError, isCareError } from '../../../shared/errors';
import { translator } from '../../../shared/i18n/translate';
import type { Language } from '../../../shared/i18n/types';
import type { ImportMapping, ImportPreview } from '../../../shared/ipc/people';
import type { CoreDoc } from '../../../shared/schema';
import { openStore } from '../../core/store';
import type { Store } from '../../core/store';
import { careStore } from '../../core/care-store';
import { PeopleView } from '../../core/people/view';
import type { PeopleDeps } from '../../core/people/people-service';
import { commitImport, mapsName, previewImport, savedMapping } from '../../core/people/import-service';
import { languageFrom } from '../messages';
import { EXIT, type ExitCode, type Output } from '../output';
import { resolveDataDirOption } from '../run';

interface ImportArgs {
  file: string;
  dryRun: boolean;
  mapping?: string;
  lang?: string;
  data?: string;
}

/** Own small parser: the shared one lists its commands and options, this command brings its own. */
function parseImportArgs(argv: readonly string[]): ImportArgs | null {
  const positionals: string[] = [];
  const out: Partial<ImportArgs> & { dryRun: boolean } = { dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name, inline] = arg.startsWith('--')
      ? arg.includes('=')
        ? [arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg.slice(2), undefined]
      : [null, undefined];
    if (name === null) positionals.push(arg);
    else if (name === 'dry-run' && inline === undefined) out.dryRun = true;
    else if (name === 'mapping' || name === 'lang' || name === 'data') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return null;
      out[name] = value;
    } else return null;
  }
  if (positionals.length !== 2 || positionals[0] !== 'people') return null;
  return { ...out, file: positionals[1] as string };
}

function reportRows(preview: ImportPreview, language: Language, output: Output): void {
  const t = translator(language);
  const mapping = Object.entries(preview.mapping)
    .map(([header, field]) => `${header} → ${field ?? t('people.import.report.unmapped')}`)
    .join(', ');
  output.out(t('people.import.report.mapping', { mapping }));
  for (const row of preview.rows) {
    const name = row.values.name ?? t('people.import.report.unnamed');
    const text = (list: typeof row.problems) => list.map((p) => t(p.code, p.params)).join('; ');
    const warnings = row.problems.filter((p) => p.warning);
    if (row.ok) {
      output.out(
        warnings.length > 0
          ? t('people.import.report.keptWithWarnings', { row: row.row, name, warnings: text(warnings) })
          : t('people.import.report.kept', { row: row.row, name }),
      );
    } else {
      output.out(
        t('people.import.report.refused', {
          row: row.row,
          name,
          reasons: text(row.problems.filter((p) => !p.warning)),
        }),
      );
    }
  }
}

export async function runImportCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  output: Output,
): Promise<ExitCode> {
  const args = parseImportArgs(argv);
  const language = languageFrom(args?.lang, env) ?? 'zh-CN';
  const t = translator(language);
  if (!args) {
    output.err(t('people.import.report.usage'));
    return EXIT.usage;
  }
  const path = resolve(args.file);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    output.err(t('people.import.report.cannotRead', { file: path }));
    return EXIT.failed;
  }
  let store: Store<CoreDoc> | undefined;
  try {
    const opened = await openStore<CoreDoc>({ dir: resolveDataDirOption(args.data, env) });
    store = opened;
    // The audit names the operating-system user who ran the command.
    const actor = { username: userInfo().username || 'cli' };
    const port = careStore(opened, () => actor);
    const deps: PeopleDeps = { store: () => port, view: new PeopleView(() => port), actor: actor.username };
    const mapping: ImportMapping | undefined = args.mapping ? savedMapping(deps, args.mapping) : undefined;
    const file = { fileName: basename(path), base64: bytes.toString('base64'), mapping };
    output.out(t('people.import.report.title', { file: path }));
    const preview = await previewImport(deps, file);
    // Without a name column every row would be listed as refused; naming the cause once is clearer.
    if (!mapsName(preview.mapping)) throw new CareError('people.import.noNameColumn');
    reportRows(preview, language, output);
    if (args.dryRun) {
      output.out(t('people.import.report.summaryDryRun', { ok: preview.okCount, bad: preview.badCount }));
      return EXIT.ok;
    }
    const result = await commitImport(deps, file);
    output.out(t('people.import.report.summary', { imported: result.imported, refused: result.refused }));
    return EXIT.ok;
  } catch (error) {
    if (isCareError(error)) output.err(t('cli:common.failed', { message: t(error.code, error.params) }));
    else {
      output.err(
        t('cli:common.unexpected', { message: error instanceof Error ? error.message : String(error) }),
      );
      if (env.CARE_DEBUG && error instanceof Error && error.stack) output.err(error.stack);
    }
    return EXIT.failed;
  } finally {
    await store?.close();
  }
}
