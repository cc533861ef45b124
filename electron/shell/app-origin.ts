/**
 * Where the renderer is loaded from: the custom scheme app://renderer/ serving out/renderer in a
 * normal run, or electron-vite's dev server (ELECTRON_RENDERER_URL) in `electron-vite dev`.
 * Every trust decision (IPC sender, navigation, permissions) asks isAppUrl.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

export interface AppOrigin {
  /** The renderer's URL, with an optional query (e.g. { report: jobId }). */
  entryUrl(query?: Record<string, string>): string;
  /** True when `url` belongs to the app's own origin (same scheme, host and port). */
  isAppUrl(url: string): boolean;
  /** True in `electron-vite dev` (dev server with hot reload). */
  readonly isDev: boolean;
}

const originOf = (url: string): string | null => {
  try {
    const parsed = new URL(url);
    // Custom schemes give origin "null" in WHATWG URL; compare scheme + host instead.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
};

export function createAppOrigin(devServerUrl: string | undefined): AppOrigin {
  const entry = devServerUrl ? new URL(devServerUrl).toString() : APP_ENTRY;
  const origin = originOf(entry);
  return {
    isDev: Boolean(devServerUrl),
    entryUrl(query = {}) {
      const url = new URL(entry);
      for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
      return url.toString();
    },
    isAppUrl: (url) => origin !== null && originOf(url) === origin,
  };
}
