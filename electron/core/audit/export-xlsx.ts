import ExcelJS from 'exceljs';
import type { AuditChainState, AuditEntryView } from '../../../shared/ipc/audit';
import { translator } from '../../../shared/i18n/translate';
import type { Language } from '../../../shared/i18n/types';

type ColumnKey =
  'seq' | 'at' | 'username' | 'displayName' | 'action' | 'kind' | 'summary' | 'people' | 'changes';

const COLUMNS: { key: ColumnKey; width: number }[] = [
  { key: 'seq', width: 8 },
  { key: 'at', width: 20 },
  { key: 'username', width: 14 },
  { key: 'displayName', width: 12 },
  { key: 'action', width: 24 },
  { key: 'kind', width: 12 },
  { key: 'summary', width: 24 },
  { key: 'people', width: 20 },
  { key: 'changes', width: 40 },
];

const pad = (n: number): string => String(n).padStart(2, '0');

/** Local time as staff read it on the PC. */
function localTime(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * The audit trail as .xlsx. Only what the viewer shows: who, when, which
 * records; never field values, and so never a hash or a password.
 */
export async function auditWorkbook(
  rows: readonly AuditEntryView[],
  chain: AuditChainState,
  language: Language,
): Promise<Buffer> {
  const t = translator(language);
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(t('audit.export.sheet'), { views: [{ state: 'frozen', ySplit: 2 }] });
  const note = chain.brokenAt
    ? t('audit.export.chainBroken', { ...chain.brokenAt, seq: chain.brokenAt.seq ?? '' })
    : t('audit.export.chainIntact', { entries: chain.entries });
  sheet.addRow([note]);
  sheet.addRow(COLUMNS.map((c) => t(`audit.export.column.${c.key}`)));
  sheet.getRow(2).font = { bold: true };
  COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  for (const row of rows) {
    const values: Record<ColumnKey, string | number> = {
      seq: row.seq,
      at: localTime(row.at),
      username: row.username,
      displayName: row.displayName ?? '',
      action: row.action,
      kind: row.kind,
      summary: row.summary ?? '',
      people: row.people.map((p) => p.name || p.id).join('、'),
      changes: row.changes.map((c) => `${c.collection}/${c.id}`).join(' '),
    };
    sheet.addRow(COLUMNS.map((c) => values[c.key]));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
