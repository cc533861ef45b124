import { contract, isMethodName, methodNames, type MethodName, type WorkbenchApi } from './contract';
import { EnvelopeSchema, WorkbenchError, fromZodError, toErrorBody, type Envelope, type ErrorBody } from './errors';

/** Sends one request to the host and resolves with the raw envelope (IPC invoke or HTTP POST). */
export type Send = (method: MethodName, request: unknown) => Promise<unknown>;

/**
 * Client side of the contract: validates each request before it leaves and sends exactly what was validated;
 * validates each response (envelope, then result) when it arrives; host errors are rethrown as WorkbenchError.
 * Nothing in a payload is rewritten: documents and datasets cross as the ids the contract names.
 */
export function createApiClient(send: Send): WorkbenchApi {
  const client: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const method of methodNames) {
    const { request: requestSchema, response: responseSchema } = contract[method];
    client[method] = async (request: unknown) => {
      const req = requestSchema.safeParse(request ?? {});
      if (!req.success) throw fromZodError(req.error, 'invalid-request', method);
      const envelope = EnvelopeSchema.safeParse(await send(method, req.data));
      if (!envelope.success) throw new WorkbenchError('internal', `${method}: malformed response from the host`);
      if (!envelope.data.ok) {
        const { code, message, path } = envelope.data.error;
        throw new WorkbenchError(code, message, path);
      }
      const res = responseSchema.safeParse(envelope.data.result);
      if (!res.success) throw fromZodError(res.error, 'internal', `${method} response`);
      return res.data;
    };
  }
  return client as unknown as WorkbenchApi;
}

/**
 * Host side: one function that takes a method name and an untrusted payload, validates it and calls the
 * implementation with the parsed request. Never throws; errors become envelopes. Each side validates what it
 * receives: the result is checked by the client, not here again. Every error reply passes through `redact` (the
 * host's rewriting of absolute paths), the one place where replies are made safe to show.
 */
export function createDispatcher(
  impl: WorkbenchApi,
  redact: (body: ErrorBody) => ErrorBody = (body) => body,
): (method: string, payload: unknown) => Promise<Envelope> {
  return async (method, payload) => {
    try {
      if (!isMethodName(method)) throw new WorkbenchError('not-found', `unknown method ${method}`);
      const req = contract[method].request.safeParse(payload ?? {});
      if (!req.success) throw fromZodError(req.error, 'invalid-request', method);
      const call = impl[method] as (request: unknown) => Promise<unknown>;
      return { ok: true, result: await call(req.data) };
    } catch (error) {
      return { ok: false, error: redact(toErrorBody(error)) };
    }
  };
}
