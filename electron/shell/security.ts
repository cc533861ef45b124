import { shell, type Session, type WebContents, type WebPreferences } from 'electron';
import type { AppOrigin } from './app-origin';

/** The one set of webPreferences for every window the app opens (main window and printing window). */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

export const isExternalHttpUrl = (url: string): boolean => {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};

/** Opens http(s) links in the OS browser; anything else (file:, javascript:, custom schemes) is dropped. */
export function openExternalHttp(url: string): boolean {
  if (!isExternalHttpUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}

/**
 * Every web contents the app creates: no navigation away from the loaded page, no new windows, no
 * <webview>. A link the user clicks that points to http(s) opens in the OS browser instead.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternalHttp(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalHttp(url);
    return { action: 'deny' };
  });
}

/** Permissions the app's own pages may use (copying to the clipboard from the grid); all else is refused. */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export const isPermissionAllowed = (origin: AppOrigin, permission: string, requestingUrl: string): boolean =>
  ALLOWED_PERMISSIONS.has(permission) && origin.isAppUrl(requestingUrl);

/** Denies permission requests and checks (camera, geolocation, notifications, HID, USB, serial…) by default. */
export function applySessionPolicy(session: Session, origin: AppOrigin): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(origin, permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(origin, permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}
