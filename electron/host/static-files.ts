import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve } from 'node:path';
import { isInside, realLocation } from '../services/path-policy';
import { mimeType } from '../services/mime-types';

const plain = (res: ServerResponse, status: number, text: string) => {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
};

/**
 * Serves the built renderer. The decoded path is resolved inside `root` and, after symlinks, must still be
 * inside it (trailing-separator test); a path ending in "/" means its index.html. The page is never cached (its URL carries the token).
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return plain(res, 405, 'method not allowed');
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return plain(res, 400, 'bad path');
  }
  if (pathname.includes('\0')) return plain(res, 400, 'bad path');
  const realRoot = await realLocation(resolve(root));
  const requested = resolve(realRoot, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  const real = await realLocation(requested).catch(() => null);
  if (real === null || !isInside(requested, realRoot) || !isInside(real, realRoot)) return plain(res, 403, 'forbidden');
  const info = await stat(real).catch(() => null);
  if (!info?.isFile()) return plain(res, 404, 'not found');
  res.writeHead(200, {
    'Content-Type': mimeType(real),
    'Content-Length': info.size,
    'Cache-Control': extname(real) === '.html' ? 'no-store' : 'no-cache',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(real).pipe(res);
}
