import { WorkbenchError } from '../../shared/api/errors';

/** A file-system error as a WorkbenchError naming the file; WorkbenchErrors pass through unchanged. */
export function toIoError(error: unknown, path: string, action: string): WorkbenchError {
  if (error instanceof WorkbenchError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return new WorkbenchError('not-found', `${path}: no such file or folder`, path);
    case 'EISDIR':
      return new WorkbenchError('invalid-request', `${path}: is a folder, not a file`, path);
    case 'ENOTDIR':
      return new WorkbenchError('invalid-request', `${path}: is not a folder`, path);
    case 'EROFS':
      return new WorkbenchError('read-only', `${path}: the disk is read-only; could not ${action}`, path);
    case 'EACCES':
    case 'EPERM':
      return new WorkbenchError('read-only', `${path}: read-only (permission denied); could not ${action}`, path);
    case 'ENOSPC':
      return new WorkbenchError(
        'disk-full',
        `${path}: the disk is full; could not ${action}, nothing was written`,
        path,
      );
    default: {
      // Node's own message names the file with its absolute path; the code alone says what happened.
      const reason = code ?? (error instanceof Error ? error.message : String(error));
      return new WorkbenchError('io', `${path}: could not ${action} (${reason})`, path);
    }
  }
}
