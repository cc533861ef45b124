import { sep } from 'node:path';
import type { ErrorBody } from '../../shared/api/errors';

/** A folder whose absolute path error replies name relatively: "" = the workspace itself (relative paths). */
export interface NamedRoot {
  dir: string;
  label: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An absolute path left after the roots: POSIX (/…) or Windows (C:\…), up to a quote, space, bracket or comma. */
const ABSOLUTE = /(^|[\s'"`(=[,])((?:\/|[A-Za-z]:\\)[^\s'"`()[\],]*)/g;

const baseName = (path: string) =>
  path
    .replace(/[\\/]+$/, '')
    .split(/[\\/]/)
    .pop() ?? '';

/**
 * Rewrites the paths in an error text: under a root → relative to it (`label/rest`, or `rest` for the
 * workspace); with `hideOthers`, any other absolute path → `…/<its last part>`, so a reply never shows
 * where the host's folders, the temp folder or a file outside them are.
 */
export function createPathRedactor(roots: NamedRoot[], hideOthers: boolean): (text: string) => string {
  const ordered = [...roots].filter((r) => r.dir.length > 1).sort((a, b) => b.dir.length - a.dir.length);
  const rules = ordered.map(({ dir, label }) => {
    const root = dir.endsWith(sep) ? dir.slice(0, -1) : dir;
    return {
      under: new RegExp(`${escapeRegExp(root + sep)}`, 'g'),
      exact: new RegExp(`${escapeRegExp(root)}(?![\\w.\\-\\\\/])`, 'g'),
      prefix: label ? `${label}/` : '',
      self: label || '.',
    };
  });
  return (text) => {
    let out = text;
    for (const rule of rules) out = out.replace(rule.under, rule.prefix).replace(rule.exact, rule.self);
    return hideOthers
      ? out.replace(ABSOLUTE, (_m, before: string, path: string) => `${before}…/${baseName(path)}`)
      : out;
  };
}

/** The error envelope's redaction: message and path of every error reply, in one place. */
export function redactErrorBody(redact: (text: string) => string): (body: ErrorBody) => ErrorBody {
  return (body) => ({ ...body, message: redact(body.message), path: body.path === null ? null : redact(body.path) });
}
