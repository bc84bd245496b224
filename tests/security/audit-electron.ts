/**
 * `npm run audit:electron`: static security scan of the Electron code.
 * Prints every finding and exits non-zero when any is HIGH (or worse).
 */
import path from 'node:path';
import { root, runElectronegativity } from './electronegativity';

const BLOCKING = new Set(['HIGH', 'CRITICAL']);

const findings = await runElectronegativity(path.join(root, 'electron'));
for (const f of findings) {
  process.stdout.write(`${f.severity.padEnd(8)} ${f.check} ${f.file}:${f.location} ${f.description}\n`);
}
const blocking = findings.filter((f) => BLOCKING.has(f.severity));
process.stdout.write(`${findings.length} finding(s), ${blocking.length} blocking.\n`);
process.exit(blocking.length > 0 ? 1 : 0);
