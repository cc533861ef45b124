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
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new WorkbenchError('io', `${path}: permission denied while trying to ${action}`, path);
    case 'ENOSPC':
      return new WorkbenchError('io', `${path}: the disk is full; nothing was written`, path);
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return new WorkbenchError('io', `${path}: could not ${action} (${message})`, path);
    }
  }
}
