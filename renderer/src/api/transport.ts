import { binaryWireOf, type WorkbenchApi } from '../../../shared/api/contract';
import { API_PREFIX, TOKEN_HEADER, TOKEN_QUERY } from '../../../shared/api/http';
import { DATASET_WIRE_TYPE } from '../../../shared/dataset/dataset-wire';
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

/**
 * The WorkbenchApi over the browser host's HTTP: POST {API_PREFIX}{method} with the token header. A JSON method
 * sends the request as JSON; a binary-request method (contract's BinaryWire) sends its one bytes field as the body
 * (DATASET_WIRE_TYPE). A binary-response method's 200 reply is the bytes themselves, taken as the envelope's
 * result; every other reply is a JSON envelope.
 */
export function createHttpApi(token: string | null, fetchImpl: typeof fetch = fetch): WorkbenchApi {
  return createApiClient(async (method, request) => {
    const binary = binaryWireOf(method);
    const bytesField = binary && 'request' in binary ? binary.request : null;
    const response = await fetchImpl(`${API_PREFIX}${method}`, {
      method: 'POST',
      headers: {
        'content-type': bytesField ? DATASET_WIRE_TYPE : 'application/json',
        ...(token ? { [TOKEN_HEADER]: token } : {}),
      },
      body: bytesField ? (request as Record<string, Uint8Array<ArrayBuffer>>)[bytesField] : JSON.stringify(request),
      keepalive: KEEPALIVE_METHODS.has(method),
    });
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    if (binary && 'response' in binary && response.ok && type === DATASET_WIRE_TYPE)
      return { ok: true, result: new Uint8Array(await response.arrayBuffer()) };
    return response.json();
  });
}

/** Picks the transport at start: the Electron preload when present, else the browser host's HTTP client. */
export function pickApi(): WorkbenchApi {
  if (window.workbench) return window.workbench;
  return createHttpApi(takeToken(window.location, window.history, window.sessionStorage));
}
