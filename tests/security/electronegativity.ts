import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  description: string;
}

/** Splits one CSV line with quoted fields (the tool's report never has line breaks inside fields). */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(field.trim());
      field = '';
    } else field += ch;
  }
  out.push(field.trim());
  return out;
}

/**
 * Runs @doyensec/electronegativity over `input` and returns its findings.
 * The Electron version is passed explicitly so the scan works offline.
 */
export async function runElectronegativity(input: string, electronVersion = '41.0.0'): Promise<Finding[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'care-audit-'));
  const report = path.join(dir, 'report.csv');
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        process.execPath,
        [cli, '-i', input, '-r', '-v', 'false', '-e', electronVersion, '-o', report],
        { cwd: root, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
        (error, _stdout, stderr) =>
          error ? reject(new Error(`electronegativity failed: ${error.message}\n${stderr}`)) : resolve(),
      );
    });
    const lines = (await fs.readFile(report, 'utf8')).split(/\r?\n/).filter((line) => line.trim() !== '');
    return lines.slice(1).map((line) => {
      const [check = '', severity = '', confidence = '', file = '', location = '', , description = ''] =
        splitCsv(line);
      return { check, severity: severity.toUpperCase(), confidence, file, location, description };
    });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
