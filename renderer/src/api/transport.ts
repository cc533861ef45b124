import type { WorkbenchApi } from '../../../shared/api/contract';
import { API_PREFIX, TOKEN_HEADER, TOKEN_QUERY } from '../../../shared/api/http';
import { createApiClient } from '../../../shared/api/transport';

declare global {
  interface Window {
    /** The Electron preload's WorkbenchApi; absent in the browser host. */
    workbench?: WorkbenchApi;
  }
}

const TOKEN_STORAGE_KEY = 'workbench-token';

/**
 * The browser host hands the per-launch token once, as ?token=… in the page address. Keep it in
 * sessionStorage (it survives a reload, not the tab) and take it out of the address bar, keeping the
 * rest of the query (e.g. ?report=…).
 */
export function takeToken(location: Location, history: History, storage: Storage): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get(TOKEN_QUERY);
  if (fromUrl) {
    storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete(TOKEN_QUERY);
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}

/**
 * Requests that must outlive the page (sent as it closes). Only these: the browser caps the bytes of all
 * keepalive requests in flight at 64 KB and fails the rest.
 */
const KEEPALIVE_METHODS: ReadonlySet<string> = new Set(['releaseDocument']);

/** The WorkbenchApi over the browser host's HTTP: POST {API_PREFIX}{method} with the token header. */
export function createHttpApi(token: string | null, fetchImpl: typeof fetch = fetch): WorkbenchApi {
  return createApiClient(async (method, request) => {
    const body = JSON.stringify(request);
    const response = await fetchImpl(`${API_PREFIX}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { [TOKEN_HEADER]: token } : {}) },
      body,
      keepalive: KEEPALIVE_METHODS.has(method),
    });
    return response.json();
  });
}

/** Picks the transport at start: the Electron preload when present, else the browser host's HTTP client. */
export function pickApi(): WorkbenchApi {
  if (window.workbench) return window.workbench;
  return createHttpApi(takeToken(window.location, window.history, window.sessionStorage));
}
