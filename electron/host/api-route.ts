import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_PREFIX, MAX_BODY_BYTES } from '../../shared/api/http';
import type { Envelope, ErrorCode } from '../../shared/api/errors';

/** HTTP status of an error envelope; the body is always the envelope, which the client reads. */
const STATUS: Record<ErrorCode, number> = {
  'invalid-request': 400,
  'invalid-file': 422,
  'not-found': 404,
  forbidden: 403,
  cancelled: 409,
  'unknown-document': 410,
  'unknown-dataset': 410,
  conflict: 409,
  exists: 409,
  'disk-full': 507,
  'read-only': 403,
  io: 500,
  printer: 500,
  internal: 500,
};

function sendEnvelope(res: ServerResponse, envelope: Envelope, status?: number): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status ?? (envelope.ok ? 200 : STATUS[envelope.error.code]), {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

export const refuse = (res: ServerResponse, status: number, code: ErrorCode, message: string): void =>
  sendEnvelope(res, { ok: false, error: { code, message, path: null } }, status);

/** Reads the JSON body, refusing more than MAX_BODY_BYTES (by Content-Length or as it streams). */
async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return 'too-large';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * POST /api/<method> with a JSON body: checks method, content type and size, then hands the parsed
 * payload to `dispatch` (createDispatcher over the services), which validates it against the contract.
 * The caller has already checked the Host/Origin and the token.
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  dispatch: (method: string, payload: unknown) => Promise<Envelope>,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return refuse(res, 405, 'invalid-request', 'the API takes POST requests');
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') return refuse(res, 415, 'invalid-request', 'the API takes application/json');
  const body = await readBody(req);
  if (body === 'too-large') {
    res.setHeader('Connection', 'close');
    return refuse(res, 413, 'invalid-request', `request body over ${MAX_BODY_BYTES} bytes`);
  }
  let payload: unknown = {};
  if (body.length > 0)
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch (error) {
      return refuse(res, 400, 'invalid-request', `request body is not valid JSON (${(error as Error).message})`);
    }
  const method = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(API_PREFIX.length);
  sendEnvelope(res, await dispatch(method, payload));
}
