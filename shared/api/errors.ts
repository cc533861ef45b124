import { z } from 'zod';

const ErrorCodeSchema = z.enum([
  'invalid-request',
  'invalid-file',
  'not-found',
  'forbidden',
  'cancelled',
  /** A request named a document id the host never handed out or no longer holds. */
  'unknown-document',
  /** A request named a dataset id the host never handed out or no longer holds. */
  'unknown-dataset',
  /** Save: the file changed on disk (or is gone) since this document opened or last saved it. */
  'conflict',
  /** Save As: a file of that name is already there; the caller asks, then saves with overwrite. */
  'exists',
  /** The disk is full (ENOSPC); nothing was written. */
  'disk-full',
  /** The file or folder may not be written (read-only file system or no permission). */
  'read-only',
  'io',
  'printer',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

const ErrorBodySchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  /** Where the problem is: a file path, and/or a field path such as "criteria.2.weight". */
  path: z.string().nullable(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** The one error type that crosses process boundaries (IPC, HTTP, CLI). */
export class WorkbenchError extends Error {
  readonly code: ErrorCode;
  readonly path: string | null;
  constructor(code: ErrorCode, message: string, path: string | null = null) {
    super(message);
    this.name = 'WorkbenchError';
    this.code = code;
    this.path = path;
  }
  toBody(): ErrorBody {
    return { code: this.code, message: this.message, path: this.path };
  }
}

/** Formats the first zod issue as "field.path: message" and returns a WorkbenchError. */
export function fromZodError(error: z.ZodError, code: ErrorCode, where?: string): WorkbenchError {
  const issue = error.issues[0];
  const field = issue ? issue.path.map(String).join('.') : '';
  const message = issue ? `${field ? `${field}: ` : ''}${issue.message}` : 'invalid';
  const path = [where, field].filter(Boolean).join(' → ') || null;
  return new WorkbenchError(code, where ? `${where}: ${message}` : message, path);
}

export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof WorkbenchError) return error.toBody();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message, path: null };
}

/** Every API response travels in this envelope, so errors keep their code and path over IPC. */
export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: ErrorBodySchema }),
]);
export type Envelope = z.infer<typeof EnvelopeSchema>;
