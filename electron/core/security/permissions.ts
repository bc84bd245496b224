/**
 * Permission policy: the app needs no camera, microphone, geolocation,
 * notifications, clipboard-read, MIDI, USB, HID, serial, fullscreen-by-page
 * or anything else a web page may ask for. Deny every request and check.
 * Kept as a function so that a future exception is one reviewed line here.
 */
export function isPermissionGranted(_permission: string, _requestingUrl: string | undefined): boolean {
  return false;
}

/** What `setWindowOpenHandler` returns: never open another window. */
export function windowOpenDecision(_url: string): { action: 'deny' } {
  return { action: 'deny' };
}
