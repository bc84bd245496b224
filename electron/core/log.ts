import fs from 'node:fs';
import path from 'node:path';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

/** Keeps a log file from growing without bound: one previous generation is kept as `.1`. */
const MAX_LOG_BYTES = 5 * 1024 * 1024;

function describe(detail: unknown): string {
  if (detail === undefined) return '';
  if (detail instanceof Error) return ` ${detail.stack ?? `${detail.name}: ${detail.message}`}`;
  try {
    return ` ${JSON.stringify(detail)}`;
  } catch {
    return ' [unserialisable detail]';
  }
}

export function formatLine(level: LogLevel, message: string, detail: unknown, now: Date): string {
  return `${now.toISOString()} ${level.toUpperCase()} ${message}${describe(detail)}\n`;
}

/**
 * A plain file logger. Writes are synchronous appends: log lines are rare
 * (errors, lifecycle) and must survive a crash that follows them.
 * Logging never throws; a broken log must not break the app.
 */
export function createFileLogger(file: string, options: { echo?: boolean; now?: () => Date } = {}): Logger {
  const now = options.now ?? (() => new Date());
  let ready = false;
  const write = (level: LogLevel, message: string, detail?: unknown): void => {
    const line = formatLine(level, message, detail, now());
    if (options.echo) process.stderr.write(line);
    try {
      if (!ready) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        ready = true;
      }
      const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
      if (size > MAX_LOG_BYTES) fs.renameSync(file, `${file}.1`);
      fs.appendFileSync(file, line, 'utf8');
    } catch {
      // Nowhere better to report it; the echo (if any) already happened.
    }
  };
  return {
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}

/** Logger for tools and tests: stderr only. */
export function createConsoleLogger(): Logger {
  const write = (level: LogLevel, message: string, detail?: unknown): void => {
    process.stderr.write(formatLine(level, message, detail, new Date()));
  };
  return {
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}

/** Logger that keeps lines in memory (tests assert on what was logged). */
export function createMemoryLogger(): Logger & {
  lines: { level: LogLevel; message: string; detail?: unknown }[];
} {
  const lines: { level: LogLevel; message: string; detail?: unknown }[] = [];
  return {
    lines,
    info: (message, detail) => lines.push({ level: 'info', message, detail }),
    warn: (message, detail) => lines.push({ level: 'warn', message, detail }),
    error: (message, detail) => lines.push({ level: 'error', message, detail }),
  };
}
