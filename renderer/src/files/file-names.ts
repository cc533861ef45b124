/** Appends `ext` (".sewb", ".pdf") unless the name already ends in it, ignoring case. */
export const withExtension = (name: string, ext: string): string =>
  name.toLowerCase().endsWith(ext.toLowerCase()) ? name : `${name}${ext}`;

/** Joins a folder from listDirectory and a file name with the folder's own separator (POSIX or Windows). */
export function joinPath(dir: string, name: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
}

/** A file name is one path segment: no separators, not "." or "..", no control characters. */
export const isPlainFileName = (name: string): boolean =>
  name.trim() !== '' && name !== '.' && name !== '..' && !/[\\/\p{Cc}]/u.test(name);
