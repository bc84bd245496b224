import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { CareError } from '../../../shared/errors';
import { isDataFilePath, isPhotoPath } from './data-files';
import { type FileSystem } from './fs';
import { imageKindOf } from './image-kind';
import { MANIFEST_ENTRY, ManifestSchema, type BackupManifest, type RestoreLimits } from './backup-format';
import { abs } from './paths';
import { writeChunksSynced } from './stream-file';

/** Refuse a backup, naming the file and what is wrong with it (shown translated). */
export function refuseBackup(file: string, detail: string): never {
  throw new CareError('store.badBackup', { file, detail });
}

const MANIFEST_HEADER = Buffer.from(`${MANIFEST_ENTRY}\0`, 'latin1');

type ListedFile = BackupManifest['files'][number];

interface EntryCheck {
  name: string;
  limits: RestoreLimits;
  manifest: BackupManifest | null;
  /** The manifest's files by path, built once: a lookup per entry must not scan the whole list. */
  listed: Map<string, ListedFile>;
  /** Lower-cased paths already staged (see caseless below). */
  seen: Set<string>;
}

/**
 * Windows and macOS folders ignore case: `photos/A.jpg` and `photos/a.jpg` would be one file
 * there, the second silently replacing the first, so paths are compared lower-cased.
 */
const caseless = (path: string): string => path.toLowerCase();

/** Everything that can be decided from an entry's header, before a byte of it is written. */
function checkHeader(entry: ReadEntry, check: EntryCheck): ListedFile | null {
  const { name, limits, manifest, seen } = check;
  if (entry.type !== 'File') refuseBackup(name, `entry type ${entry.type} (${entry.path})`);
  if (manifest === null) {
    if (entry.path !== MANIFEST_ENTRY) refuseBackup(name, 'manifest');
    if (entry.size > limits.manifestBytes) refuseBackup(name, 'manifest too large');
    return null;
  }
  const path = entry.path;
  if (!isDataFilePath(path)) refuseBackup(name, `unknown file ${JSON.stringify(path)}`);
  if (seen.has(caseless(path))) refuseBackup(name, `duplicate ${path}`);
  seen.add(caseless(path));
  if (seen.size > limits.files) refuseBackup(name, `more than ${limits.files} files`);
  const listed = check.listed.get(path);
  if (!listed) refuseBackup(name, `not in manifest ${path}`);
  if (entry.size !== listed.size) refuseBackup(name, `size ${path}`);
  const cap = isPhotoPath(path) ? limits.photoBytes : limits.documentBytes;
  if (entry.size > cap) refuseBackup(name, `too large ${path}`);
  return listed;
}

/**
 * An entry's bytes one chunk at a time, pausing the entry while each is handled:
 * the parser then waits (and so does our read of the archive) until we resume.
 */
function chunksOf(entry: ReadEntry, signal: AbortSignal): AsyncIterable<Buffer> {
  const queue: Buffer[] = [];
  let ended = false;
  let wake: (() => void) | null = null;
  entry.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    entry.pause();
    wake?.();
  });
  entry.on('end', () => {
    ended = true;
    wake?.();
  });
  return {
    async *[Symbol.asyncIterator]() {
      // A refusal elsewhere (a limit, the parser) stops the archive: this entry will never end.
      const onAbort = (): void => wake?.();
      signal.addEventListener('abort', onAbort, { once: true });
      try {
        for (;;) {
          const chunk = queue.shift();
          if (chunk) {
            yield chunk;
            continue;
          }
          if (ended) return;
          if (signal.aborted) throw new Error('archive stopped');
          await new Promise<void>((resolve) => {
            wake = resolve;
            entry.resume();
          });
          wake = null;
        }
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
    },
  };
}

/** Pass an entry's bytes on while hashing them and keeping a photo's first bytes. */
async function* hashing(
  entry: ReadEntry,
  signal: AbortSignal,
  hash: ReturnType<typeof createHash>,
  head: { bytes: Buffer },
): AsyncGenerator<Buffer> {
  for await (const chunk of chunksOf(entry, signal)) {
    hash.update(chunk);
    if (head.bytes.length < 16) head.bytes = Buffer.concat([head.bytes, chunk.subarray(0, 16)]);
    yield chunk;
  }
}

async function readManifest(entry: ReadEntry, name: string, signal: AbortSignal): Promise<BackupManifest> {
  const chunks: Buffer[] = [];
  for await (const chunk of chunksOf(entry, signal)) chunks.push(chunk);
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    refuseBackup(name, 'manifest');
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) refuseBackup(name, 'manifest');
  const paths = new Set<string>();
  for (const { path } of parsed.data.files) {
    if (!isDataFilePath(path)) refuseBackup(name, `unknown file ${JSON.stringify(path)}`);
    if (paths.has(caseless(path))) refuseBackup(name, `manifest duplicate ${path}`);
    paths.add(caseless(path));
  }
  return parsed.data;
}

/**
 * Stream a tar.gz backup into `staging`: decompressed on the fly with a running
 * total, every entry checked by name, type, size and count before it is written
 * and by checksum after. Memory holds one chunk at a time. Answers the manifest;
 * the caller validates the staged documents before marking the staging complete.
 */
export async function stageArchive(
  fs: FileSystem,
  path: string,
  staging: string,
  name: string,
  limits: RestoreLimits,
): Promise<BackupManifest> {
  const check: EntryCheck = { name, limits, manifest: null, listed: new Map(), seen: new Set() };
  let failure: unknown = null;
  let signalFailure: () => void = () => undefined;
  const failed = new Promise<void>((resolve) => {
    signalFailure = resolve;
  });
  const stop = new AbortController();
  const fail = (error: unknown): void => {
    failure ??= error;
    signalFailure();
    stop.abort();
  };
  let work: Promise<void> = Promise.resolve();
  const folders = new Set<string>();

  const consume = async (entry: ReadEntry): Promise<void> => {
    if (failure !== null) {
      entry.resume();
      return;
    }
    try {
      const listed = checkHeader(entry, check);
      if (listed === null) {
        check.manifest = await readManifest(entry, name, stop.signal);
        check.listed = new Map(check.manifest.files.map((file) => [file.path, file]));
        return;
      }
      const target = abs(staging, listed.path);
      if (!folders.has(dirname(target))) await fs.mkdir(dirname(target));
      folders.add(dirname(target));
      const hash = createHash('sha256');
      const head = { bytes: Buffer.alloc(0) };
      await writeChunksSynced(fs, target, hashing(entry, stop.signal, hash, head));
      if (hash.digest('hex') !== listed.sha256) refuseBackup(name, `checksum ${listed.path}`);
      const kind = imageKindOf(head.bytes);
      if (isPhotoPath(listed.path) && (kind === null || !listed.path.endsWith(`.${kind}`)))
        refuseBackup(name, `not an image ${listed.path}`);
    } catch (error) {
      fail(error);
      entry.resume();
    }
  };

  const parser = new Parser({
    strict: true,
    onReadEntry: (entry) => {
      work = work.then(() => consume(entry));
    },
  });
  parser.on('error', fail);
  const parsed = once(parser, 'end');
  parsed.catch(() => undefined);

  const source = createReadStream(path);
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  let total = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      // The first bytes must be the manifest's header: this also stops a second layer of
      // compression, which the tar parser would otherwise undo outside our count.
      if (total === 0 && !chunk.subarray(0, MANIFEST_HEADER.length).equals(MANIFEST_HEADER))
        refuseBackup(name, 'format');
      total += chunk.length;
      if (total > limits.totalBytes) refuseBackup(name, `larger than ${limits.totalBytes} bytes`);
      if (failure !== null) break;
      if (!parser.write(chunk)) await Promise.race([once(parser, 'drain'), failed]);
    }
    if (total === 0) refuseBackup(name, 'empty');
    if (failure === null) {
      parser.end();
      await Promise.race([parsed, failed]);
      await work;
    }
  } catch (error) {
    fail(error);
  } finally {
    source.destroy();
    gunzip.destroy();
    if (failure !== null) parser.abort(new Error('stopped'));
    await work.catch(() => undefined);
  }
  if (failure !== null) {
    if (failure instanceof CareError) throw failure;
    if (typeof failure === 'object' && failure !== null && 'code' in failure && failure.code === 'ENOENT')
      throw failure;
    // zlib and tar errors mean a damaged or foreign file; I/O errors of our own writes carry an errno.
    if (isFormatError(failure)) refuseBackup(name, 'unreadable');
    throw failure;
  }
  const manifest = check.manifest;
  if (manifest === null) refuseBackup(name, 'manifest');
  const missing = manifest.files.find((f) => !check.seen.has(caseless(f.path)));
  if (missing) refuseBackup(name, `missing ${missing.path}`);
  for (const folder of folders) await fs.syncDir(folder);
  return manifest;
}

function isFormatError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = 'code' in error ? error.code : undefined;
  return (
    typeof code !== 'string' ||
    code.startsWith('Z_') ||
    code.startsWith('ERR_ZLIB') ||
    code.startsWith('TAR_') ||
    code === 'ERR_STREAM_PREMATURE_CLOSE'
  );
}
