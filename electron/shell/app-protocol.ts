import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from '../../shared/api/csp';
import { mimeType } from '../services/mime-types';

/** Privileges of app:// (registered before `ready`): a standard, secure origin that can load ES modules. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true };

/**
 * Maps an app:// URL to a file inside `root`, or null when the URL is not ours or would leave `root`
 * (`..` segments, percent-encoded separators, NUL bytes). The check compares against root + separator,
 * so a sibling folder such as `renderer-evil` is refused too.
 */
export function resolveAppAsset(root: string, url: string): string | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || pathname.includes('\0')) return null;
  const base = resolve(root);
  const file = resolve(join(base, pathname === '/' ? 'index.html' : pathname));
  return file.startsWith(base + sep) ? file : null;
}

/** The app:// handler: serves files of `root` with their MIME type and the CSP header; 403 outside, 404 missing. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveAppAsset(root, request.url);
    if (!file) return new Response('Forbidden', { status: 403 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': mimeType(file),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
