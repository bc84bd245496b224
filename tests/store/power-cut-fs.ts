import { posix } from 'node:path';
import type { FileHandleLike, FileStat, FileSystem } from '../../electron/core/store';

/**
 * An in-memory disk that forgets what was not made durable, for power-cut tests.
 *
 * Like a POSIX file system with no journaling promises: a file's bytes survive
 * a power cut once the file was fsynced; a directory entry (a create, rename,
 * link or unlink) once its directory was fsynced, and a new directory's entry in
 * its parent the same way. `cutAfter(n)` lets n mutating steps happen and fails
 * every later call, as if the power went. `image()` then answers what a restart
 * would find: strictly only the durable state, or, given a random source, a mix
 * in which each un-synced directory change is kept or lost independently and
 * each file's un-synced bytes are dropped, kept, or kept in part.
 */

interface Inode {
  durable: Buffer;
  live: Buffer;
  mtimeMs: number;
}

type Entry = { dir: true } | { dir: false; inode: Inode };
type Folder = Map<string, Entry>;

/** One directory change since the directory was last fsynced. */
interface Pending {
  name: string;
  entry: Entry | null;
}

/** Every call answers asynchronously, as a real disk does, so the store's awaits interleave as usual. */
const tick = (): Promise<void> => Promise.resolve();

export class PowerCutError extends Error {
  readonly code = 'EIO';
  constructor() {
    super('power cut');
  }
}

function notFound(path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`ENOENT: ${path}`);
  error.code = 'ENOENT';
  return error;
}

function exists(path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`EEXIST: ${path}`);
  error.code = 'EEXIST';
  return error;
}

export class PowerCutDisk {
  private readonly live = new Map<string, Folder>([['/', new Map()]]);
  private readonly durable = new Map<string, Folder>([['/', new Map()]]);
  private readonly pending = new Map<string, Pending[]>();
  private budget = Infinity;
  /** Mutating steps taken so far (writes, fsyncs, renames, links, unlinks, mkdirs, creates, truncates). */
  steps = 0;
  dead = false;

  /** Let `n` more mutating steps happen, then cut the power. */
  cutAfter(n: number): void {
    this.budget = this.steps + n;
  }

  private step(): void {
    if (this.dead) throw new PowerCutError();
    if (this.steps >= this.budget) {
      this.dead = true;
      throw new PowerCutError();
    }
    this.steps++;
  }

  private folder(path: string): Folder {
    const folder = this.live.get(path);
    if (!folder) throw notFound(path);
    return folder;
  }

  private lookup(path: string): Entry | undefined {
    if (path === '/') return { dir: true };
    return this.live.get(posix.dirname(path))?.get(posix.basename(path));
  }

  private file(path: string): Inode {
    const entry = this.lookup(path);
    if (!entry || entry.dir) throw notFound(path);
    return entry.inode;
  }

  private set(path: string, entry: Entry | null): void {
    const parent = posix.dirname(path);
    const name = posix.basename(path);
    const folder = this.folder(parent);
    if (entry) folder.set(name, entry);
    else folder.delete(name);
    this.pending.set(parent, [...(this.pending.get(parent) ?? []), { name, entry }]);
  }

  private handle(inode: Inode, append: boolean): FileHandleLike {
    let position = append ? inode.live.length : 0;
    return {
      write: async (data) => {
        await tick();
        this.step();
        const bytes = Buffer.from(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
        if (append) position = inode.live.length;
        const before = inode.live.subarray(0, position);
        const after = inode.live.subarray(Math.min(inode.live.length, position + bytes.length));
        inode.live = Buffer.concat([
          before,
          Buffer.alloc(Math.max(0, position - before.length)),
          bytes,
          after,
        ]);
        position += bytes.length;
        inode.mtimeMs = Date.now();
      },
      sync: async () => {
        await tick();
        this.step();
        inode.durable = Buffer.from(inode.live);
      },
      truncate: async (length) => {
        await tick();
        this.step();
        inode.live = Buffer.concat([
          inode.live.subarray(0, length),
          Buffer.alloc(Math.max(0, length - inode.live.length)),
        ]);
      },
      close: async () => {
        await tick();
        if (this.dead) throw new PowerCutError();
      },
    };
  }

  readonly fs: FileSystem = {
    readFile: async (path) => {
      await tick();
      if (this.dead) throw new PowerCutError();
      return Buffer.from(this.file(path).live);
    },
    readdir: async (path) => {
      await tick();
      if (this.dead) throw new PowerCutError();
      return [...this.folder(path).keys()];
    },
    stat: async (path): Promise<FileStat> => {
      await tick();
      if (this.dead) throw new PowerCutError();
      const entry = this.lookup(path);
      if (!entry) throw notFound(path);
      return {
        size: entry.dir ? 0 : entry.inode.live.length,
        mtimeMs: entry.dir ? 0 : entry.inode.mtimeMs,
        isDirectory: () => entry.dir,
      };
    },
    mkdir: async (path) => {
      await tick();
      if (this.dead) throw new PowerCutError();
      const missing: string[] = [];
      for (let at = path; !this.live.has(at); at = posix.dirname(at)) missing.unshift(at);
      for (const dir of missing) {
        this.step();
        this.set(dir, { dir: true });
        this.live.set(dir, new Map());
      }
    },
    open: async (path, flags) => {
      await tick();
      if (this.dead) throw new PowerCutError();
      const entry = this.lookup(path);
      if (entry?.dir) throw exists(path);
      if (flags === 'wx' && entry) throw exists(path);
      if (flags === 'r+' && !entry) throw notFound(path);
      if (entry) {
        if (flags === 'w') {
          this.step();
          entry.inode.live = Buffer.alloc(0);
        }
        return this.handle(entry.inode, flags === 'a');
      }
      this.step();
      const inode: Inode = { durable: Buffer.alloc(0), live: Buffer.alloc(0), mtimeMs: Date.now() };
      this.set(path, { dir: false, inode });
      return this.handle(inode, flags === 'a');
    },
    rename: async (from, to) => {
      await tick();
      if (this.dead) throw new PowerCutError();
      const entry = this.lookup(from);
      if (!entry) throw notFound(from);
      this.step();
      this.set(to, entry);
      this.set(from, null);
      if (entry.dir) {
        for (const [dir, folder] of [...this.live]) {
          if (dir === from || dir.startsWith(`${from}/`)) {
            this.live.delete(dir);
            this.live.set(to + dir.slice(from.length), folder);
          }
        }
      }
    },
    link: async (existing, newPath) => {
      await tick();
      if (this.dead) throw new PowerCutError();
      const entry = this.lookup(existing);
      if (!entry || entry.dir) throw notFound(existing);
      if (this.lookup(newPath)) throw exists(newPath);
      this.step();
      this.set(newPath, entry);
    },
    unlink: async (path) => {
      await tick();
      if (this.dead) throw new PowerCutError();
      const entry = this.lookup(path);
      if (!entry || entry.dir) throw notFound(path);
      this.step();
      this.set(path, null);
    },
    rmdir: async (path) => {
      await tick();
      if (this.dead) throw new PowerCutError();
      if (this.folder(path).size > 0) throw exists(path);
      this.step();
      this.set(path, null);
      this.live.delete(path);
    },
    syncDir: async (path) => {
      await tick();
      this.step();
      this.durable.set(path, new Map(this.folder(path)));
      this.pending.delete(path);
    },
  };

  /**
   * What a restart finds. Without `random`: only what was made durable. With it:
   * each un-synced directory change is independently kept or lost (in order), and
   * each file holds its synced bytes, its latest bytes, or its latest bytes cut short.
   */
  image(random?: () => number): PowerCutDisk {
    const next = new PowerCutDisk();
    const contents = new Map<Inode, Buffer>();
    const bytesOf = (inode: Inode): Buffer => {
      let bytes = contents.get(inode);
      if (!bytes) {
        const pick = random ? random() : 0;
        const appended = inode.live.subarray(0, inode.durable.length).equals(inode.durable);
        if (!random || inode.live.equals(inode.durable) || pick < 0.4) bytes = inode.durable;
        else if (pick < 0.7 || !appended) bytes = inode.live;
        else {
          // Synced bytes stay; of the bytes appended since, only some reached the disk.
          const extra = inode.live.length - inode.durable.length;
          bytes = inode.live.subarray(0, inode.durable.length + Math.floor(random() * (extra + 1)));
        }
        contents.set(inode, bytes);
      }
      return bytes;
    };
    const folderAfterCut = (dir: string): Folder => {
      const folder = new Map(this.durable.get(dir) ?? []);
      if (random) {
        for (const change of this.pending.get(dir) ?? []) {
          if (random() < 0.5) continue;
          if (change.entry) folder.set(change.name, change.entry);
          else folder.delete(change.name);
        }
      }
      return folder;
    };
    const copy = (dir: string): void => {
      const target = new Map<string, Entry>();
      next.live.set(dir, target);
      next.durable.set(dir, target);
      for (const [name, entry] of folderAfterCut(dir)) {
        const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
        if (entry.dir) {
          target.set(name, { dir: true });
          if (this.live.has(path) || this.durable.has(path)) copy(path);
          else next.live.set(path, new Map());
        } else {
          const bytes = Buffer.from(bytesOf(entry.inode));
          target.set(name, { dir: false, inode: { durable: bytes, live: Buffer.from(bytes), mtimeMs: 0 } });
        }
      }
      next.durable.set(dir, new Map(target));
    };
    copy('/');
    return next;
  }
}
