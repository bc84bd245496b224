import { spawn } from 'node:child_process';

/** The system's own way to open an address in the default browser. */
export function openCommand(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  // rundll32 takes the address as one argument, with no shell to misread its characters.
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  return { command: 'xdg-open', args: [url] };
}

/**
 * Opens `url` in the default browser, if the system has a way to; a PC without one is no error
 * (the address is printed for the user to open).
 */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const { command, args } = openCommand(platform, url);
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener on this system: the printed address is the way in.
  }
}
