import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rm, stat, statfs } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CareError } from '../../../shared/errors';
import type { StagedBackup } from '../../../shared/ipc/backups';
import { DEFAULT_RESTORE_LIMITS } from '../store/backup-format';
import { isPhotoPath } from '../store/data-files';
import { errnoOf } from '../store/fs';
import { CORE_FILE, RESTORE_STAGING_DIR } from '../store/paths';
import { readBackupHeader } from './backup-header';

/** Beside the data: backup files brought in from outside, until restored or dropped. */
export const INCOMING_DIR = '.incoming-backups';

export interface IncomingLimits {
  /** Largest file accepted, counted while it arrives. */
  fileBytes: number;
}

/** A backup is never larger than what a restore would unpack from it (gzip adds only a header). */
export const DEFAULT_INCOMING_LIMITS: IncomingLimits = { fileBytes: DEFAULT_RESTORE_LIMITS.totalBytes };

/** Checks a backup file as a restore would, staging it under `workDir` (Store.checkBackupFile). */
export type BackupChecker = (path: string, workDir: string) => Promise<string[]>;

/** Refusals of the restore's check that mean "this is not one of our backups at all". */
const NOT_A_BACKUP = new Set(['format', 'manifest', 'unreadable', 'empty']);

/** A name safe in any file system, keeping letters of any script so the audit log reads well. */
function safeFileName(name: string): string {
  const bare = basename(name.replaceAll('\\', '/'))
    .replace(/[^\p{L}\p{N}._-]/gu, '_')
    .replace(/^[.]+/, '')
    .slice(0, 120);
  if (bare === '') return 'backup.care-backup.tar.gz';
  // Windows reserves device names whatever the extension.
  return /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(bare) ? `_${bare}` : bare;
}

/** The limit as staff read it: "16 GB", "4 MB". */
function sizeText(bytes: number): string {
  const gb = bytes / 1024 ** 3;
  return gb >= 1 ? `${Number(gb.toFixed(1))} GB` : `${Number((bytes / 1024 ** 2).toFixed(1))} MB`;
}

function counted(core: Record<string, unknown>, ...keys: string[]): number {
  return keys.reduce((sum, key) => sum + (Array.isArray(core[key]) ? core[key].length : 0), 0);
}

async function summaryOf(
  folder: string,
): Promise<Pick<StagedBackup, 'centerName' | 'people' | 'assessments'>> {
  // The check has just accepted this core.json; the fields are read defensively all the
  // same, as a backup from an older version may still name them differently.
  const core = JSON.parse(
    await readFile(join(folder, RESTORE_STAGING_DIR, CORE_FILE), 'utf8').catch(() => '{}'),
  ) as Record<string, unknown>;
  const center = core.center as { name?: unknown } | null | undefined;
  return {
    centerName: typeof center?.name === 'string' ? center.name : null,
    people: counted(core, 'people'),
    assessments: counted(core, 'abilityAssessments', 'riskAssessments'),
  };
}

/**
 * The store's refusal in the words of someone holding a file: "not a backup", "damaged",
 * "from a newer version". Disk errors while staging say the data folder's disk is full.
 */
function refusal(error: unknown, fileName: string): unknown {
  if (error instanceof CareError) {
    if (error.code === 'store.badBackup') {
      const detail = String(error.params.detail ?? '');
      return NOT_A_BACKUP.has(detail)
        ? new CareError('backups.file.notBackup', { file: fileName }, [], { cause: error })
        : new CareError('backups.file.damaged', { file: fileName, detail }, [], { cause: error });
    }
    if (error.code === 'store.backupTooNew')
      return new CareError('backups.file.tooNew', { file: fileName }, [], { cause: error });
    return error;
  }
  const code = errnoOf(error);
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new CareError('backups.file.diskFull', {}, [], { cause: error });
  return error;
}

interface Held {
  summary: StagedBackup;
  folder: string;
  path: string;
}

/**
 * Backup files from outside the data folder (a file chosen in a dialog, an upload in the
 * browser): each is copied into its own folder under INCOMING_DIR, counted against the size
 * limit while it arrives, then checked through exactly as a restore would before the user is
 * asked to confirm. Only a checked file can be restored; it is deleted once restored or
 * dropped, and whatever is left (the app was closed meanwhile) at the next start.
 */
export class IncomingBackups {
  private readonly held = new Map<string, Held>();

  constructor(
    private readonly dataDir: string,
    private readonly check: BackupChecker,
    private readonly limits: IncomingLimits = DEFAULT_INCOMING_LIMITS,
  ) {}

  private get root(): string {
    return join(this.dataDir, INCOMING_DIR);
  }

  /** Drop every staged file: at start, nothing staged before can still be confirmed. */
  async clear(): Promise<void> {
    this.held.clear();
    await rm(this.root, { recursive: true, force: true });
  }

  /** A size the source announces (a file's size, an upload's Content-Length), checked before any byte is read. */
  refuseDeclaredSize(size: number | undefined): void {
    if (size !== undefined && size > this.limits.fileBytes)
      throw new CareError('backups.file.tooLarge', { max: sizeText(this.limits.fileBytes) });
  }

  /** Stage a file chosen in the desktop's dialog. */
  async receiveFile(path: string): Promise<StagedBackup> {
    const size = (await stat(path)).size;
    return this.receive(createReadStream(path), basename(path), size);
  }

  /**
   * Write `source` into a new staging folder, stopping as soon as it passes the limit (the
   * partial file is deleted, the source is not read further), then check it.
   */
  async receive(
    source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    fileName: string,
    declaredSize?: number,
  ): Promise<StagedBackup> {
    this.refuseDeclaredSize(declaredSize);
    const stagedId = randomBytes(12).toString('hex');
    const folder = join(this.root, stagedId);
    const path = join(folder, safeFileName(fileName));
    try {
      await mkdir(folder, { recursive: true });
      await this.refuseWithoutRoom(declaredSize);
      const size = await this.write(source, path);
      const files = await this.check(path, folder);
      const header = await readBackupHeader(path, basename(path));
      if (!header) throw new CareError('backups.file.notBackup', { file: fileName });
      const summary: StagedBackup = {
        stagedId,
        fileName,
        size,
        createdAt: header.createdAt,
        reason: header.reason,
        ...(await summaryOf(folder)),
        photos: files.filter(isPhotoPath).length,
      };
      await rm(join(folder, RESTORE_STAGING_DIR), { recursive: true, force: true });
      this.held.set(stagedId, { summary, folder, path });
      return summary;
    } catch (error) {
      await rm(folder, { recursive: true, force: true }).catch(() => undefined);
      throw refusal(error, fileName);
    }
  }

  /** The staged file to restore; refused when it was dropped or the app restarted since. */
  pathOf(stagedId: string): string {
    const held = this.held.get(stagedId);
    if (!held) throw new CareError('backups.file.stagedGone');
    return held.path;
  }

  async discard(stagedId: string): Promise<void> {
    const held = this.held.get(stagedId);
    this.held.delete(stagedId);
    if (held) await rm(held.folder, { recursive: true, force: true });
  }

  /** An upload twice the free space would fill the disk before the limit says no. */
  private async refuseWithoutRoom(declaredSize: number | undefined): Promise<void> {
    if (declaredSize === undefined) return;
    const disk = await statfs(this.root).catch(() => null);
    // The staged check unpacks the file too, so room for more than the file itself is needed.
    if (disk && disk.bavail * disk.bsize < declaredSize * 2) throw new CareError('backups.file.diskFull');
  }

  private async write(
    source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    path: string,
  ): Promise<number> {
    const handle = await open(path, 'wx');
    let size = 0;
    try {
      for await (const chunk of source) {
        size += chunk.length;
        if (size > this.limits.fileBytes)
          throw new CareError('backups.file.tooLarge', { max: sizeText(this.limits.fileBytes) });
        await handle.write(chunk);
      }
      // No fsync: a crash loses only this staged copy, which the next start deletes anyway.
    } finally {
      await handle.close();
    }
    return size;
  }
}
