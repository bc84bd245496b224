import { createInflateRaw } from 'node:zlib';
import { CareError } from '../../../../shared/errors';

/** Largest file one import reads; a list of 10,000 elders is about 1 MB as .xlsx and 2 MB as CSV. */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;
/** Most an .xlsx may unpack to: several times a 10,000-row list, far below what would strain memory. */
export const MAX_XLSX_UNPACKED_BYTES = 64 * 1024 * 1024;
/** A workbook has a few dozen parts; thousands mean something else. */
export const MAX_XLSX_ENTRIES = 2_000;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const DATA_DESCRIPTOR = 0x08074b50;
const ZIP64_MARK = 0xffffffff;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

const unreadable = (): CareError => new CareError('people.import.unreadable');
const unpackedTooLarge = (): CareError =>
  new CareError('people.import.unpackedTooLarge', { max: MAX_XLSX_UNPACKED_BYTES / 1024 / 1024 });

function endOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw unreadable();
}

function centralDirectory(bytes: Buffer): { entries: Entry[]; start: number } {
  const end = endOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const start = bytes.readUInt32LE(end + 16);
  if (count > MAX_XLSX_ENTRIES) throw unreadable();
  const entries: Entry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL_HEADER) throw unreadable();
    const nameLength = bytes.readUInt16LE(at + 28);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const localOffset = bytes.readUInt32LE(at + 42);
    // ZIP64 is for parts of 4 GB and more: never a list of elders.
    if (compressedSize === ZIP64_MARK || localOffset === ZIP64_MARK) throw unreadable();
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize,
      localOffset,
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return { entries, start };
}

/**
 * Where the entry's compressed data lies, checked against its local header as a streaming
 * reader (exceljs reads the file front to back through its local headers) will see it, and
 * where the next entry must begin.
 */
function locate(bytes: Buffer, entry: Entry): { dataStart: number; next: number } {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw unreadable();
  const flags = bytes.readUInt16LE(at + 6);
  const method = bytes.readUInt16LE(at + 8);
  const localCompressedSize = bytes.readUInt32LE(at + 18);
  const nameLength = bytes.readUInt16LE(at + 26);
  const dataStart = at + 30 + nameLength + bytes.readUInt16LE(at + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (flags & 0x1 || method !== entry.method || (method !== 0 && method !== 8)) throw unreadable();
  if (bytes.toString('utf8', at + 30, at + 30 + nameLength) !== entry.name || dataEnd > bytes.length)
    throw unreadable();
  const sizeAfterData = (flags & 0x8) !== 0 && localCompressedSize === 0;
  if (!sizeAfterData) {
    if (localCompressedSize !== entry.compressedSize) throw unreadable();
    return { dataStart, next: dataEnd };
  }
  // The size follows the data: a streaming reader ends the data at the first descriptor
  // signature, so that must be exactly where the central directory says the data ends.
  if (bytes.indexOf(uint32(DATA_DESCRIPTOR), dataStart) !== dataEnd) throw unreadable();
  return { dataStart, next: dataEnd + 16 };
}

function uint32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
}

/** Inflates one entry, counting and dropping the output; stops as soon as `budget` is passed. */
async function unpackedSize(data: Buffer, budget: number): Promise<number> {
  const inflater = createInflateRaw();
  inflater.end(data);
  let size = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > budget) break;
    }
  } catch {
    throw unreadable();
  } finally {
    inflater.destroy();
  }
  return size;
}

/**
 * Checks an .xlsx before anything parses it: its size, that its parts follow one another with
 * nothing hidden between them (so the streaming reader sees exactly the parts measured here),
 * and what they unpack to, by inflating them with the output counted and dropped. A zip bomb
 * is refused after at most MAX_XLSX_UNPACKED_BYTES of inflating, with memory flat.
 */
export async function checkXlsxContainer(bytes: Buffer): Promise<void> {
  if (bytes.length > MAX_IMPORT_FILE_BYTES) throw importFileTooLarge();
  if (bytes.length < 22) throw unreadable();
  const { entries, start } = centralDirectory(bytes);
  const ordered = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let expected = 0;
  let unpacked = 0;
  for (const entry of ordered) {
    if (entry.localOffset !== expected) throw unreadable();
    const { dataStart, next } = locate(bytes, entry);
    const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
    const budget = MAX_XLSX_UNPACKED_BYTES - unpacked;
    unpacked += entry.method === 0 ? data.length : await unpackedSize(data, budget);
    if (unpacked > MAX_XLSX_UNPACKED_BYTES) throw unpackedTooLarge();
    expected = next;
  }
  if (expected !== start) throw unreadable();
}

export function importFileTooLarge(): CareError {
  return new CareError('people.import.fileTooLarge', { max: MAX_IMPORT_FILE_BYTES / 1024 / 1024 });
}
