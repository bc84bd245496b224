import fs from 'node:fs/promises';
import { toIsoDate } from '../../shared/domain/dates';
import type { StaffInput } from '../../shared/ipc/staff';
import type { Result } from '../../shared/errors';
import { idNumber } from '../people/helpers';

export { idNumber, openTestApp } from '../people/helpers';
export type { TestApp } from '../people/helpers';

/** `n` days from today (negative = past), as YYYY-MM-DD. */
export function dayFromToday(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return toIsoDate(d);
}

export function staffInput(name: string, extra: Partial<StaffInput> = {}): StaffInput {
  return {
    name,
    post: 'carer',
    phone: '13812345678',
    idNumber: idNumber('19800101', '022'),
    hireDate: '2024-03-01',
    workingTime: 'comprehensive',
    certificates: [],
    active: true,
    ...extra,
  };
}

export const nightShift = {
  code: '夜',
  name: '夜班',
  start: '20:00',
  end: '08:00',
  breakMinutes: 60,
  paidHours: 11,
  night: true,
  colour: '#d6e4ff',
  active: true,
};

/** The refusal's code and the fields it names (path → code). */
export function refusal(result: Result<unknown>): { code: string; fields: Record<string, string> } {
  if (result.ok) throw new Error('expected a refusal, got success');
  return {
    code: result.error.code,
    fields: Object.fromEntries((result.error.fields ?? []).map((f) => [f.path, f.code])),
  };
}

/** The audit lines written so far, parsed. */
export async function auditLines(
  dir: string,
): Promise<{ actor: string; action: string; summary?: string }[]> {
  const files = (await fs.readdir(`${dir}/audit`)).sort();
  const text = (await Promise.all(files.map((f) => fs.readFile(`${dir}/audit/${f}`, 'utf8')))).join('');
  return text
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { actor: string; action: string; summary?: string });
}
