import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A per-launch secret: 32 random bytes, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Compares in constant time (hashes first, so the lengths match and leak nothing). */
export function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  return timingSafeEqual(digest(given), digest(token));
}

/**
 * DNS-rebinding and cross-site guard: the Host header must name the loopback origin the host listens on,
 * an Origin header (when the browser sends one) must be that origin, and Sec-Fetch-Site must not be cross-site.
 */
export function fromLoopbackOrigin(req: IncomingMessage, port: number): boolean {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) return false;
  return req.headers['sec-fetch-site'] !== 'cross-site';
}
