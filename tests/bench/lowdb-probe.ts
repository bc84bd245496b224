/**
 * Run in a fresh process by bench.ts: the same check-in with plain single-file
 * lowdb (everything in one JSON file, rewritten on every write).
 */
import { join } from 'node:path';
import { buildSingleFile, measureLowdbCheckIns } from './lowdb-baseline';
import { checkInRecord, localToday } from './check-in';

const [dataDir, workDir, countText] = process.argv.slice(2);
if (!dataDir || !workDir || !countText) throw new Error('usage: lowdb-probe.ts <dataDir> <workDir> <writes>');
const file = join(workDir, 'lowdb-all-in-one.json');
const bytes = await buildSingleFile(dataDir, file);
const today = localToday();
const samples = await measureLowdbCheckIns(file, Number(countText), (i) =>
  checkInRecord(i, 'bench-person-0001', today),
);
process.stdout.write(JSON.stringify({ bytes, samples }) + '\n');
