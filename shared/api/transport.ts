import { contract, isMethodName, methodNames, type MethodName, type WorkbenchApi } from './contract';
import {
  DatasetRefSchema,
  checkedShape,
  createDatasetStore,
  slotsOf,
  withSlot,
  type DatasetSlot,
} from './dataset-refs';
import { EnvelopeSchema, WorkbenchError, fromZodError, toErrorBody, type Envelope, type ErrorBody } from './errors';
import type { Dataset } from '../domain/dataset';

/** Sends one request to the host and resolves with the raw envelope (IPC invoke or HTTP POST). */
export type Send = (method: MethodName, request: unknown) => Promise<unknown>;

/**
 * Client side of the contract: validates each request before it leaves, and each response
 * (envelope, then result) when it arrives; host errors are rethrown as WorkbenchError. A dataset the host
 * handed out travels back by reference (see dataset-refs); should the host no longer hold it, the request is
 * sent once more with the dataset itself.
 */
export function createApiClient(send: Send): WorkbenchApi {
  const keys = new WeakMap<object, string>();
  const client: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const method of methodNames) {
    const { request: requestSchema, response: responseSchema } = contract[method];
    const attempt = async (request: unknown, byReference: boolean) => {
      const refs: [DatasetSlot, string][] = [];
      let checked = request;
      for (const { slot, value } of slotsOf(request)) {
        const key = byReference ? keys.get(value) : undefined;
        if (key) {
          refs.push([slot, key]);
          checked = withSlot(checked, slot, checkedShape(value));
        }
      }
      const req = requestSchema.safeParse(checked);
      if (!req.success) throw fromZodError(req.error, 'invalid-request', method);
      const wire = refs.reduce((out, [slot, key]) => withSlot(out, slot, { datasetRef: key }), req.data as unknown);
      const envelope = EnvelopeSchema.safeParse(await send(method, wire));
      if (!envelope.success) throw new WorkbenchError('internal', `${method}: malformed response from the host`);
      return { envelope: envelope.data, referenced: refs.length > 0 };
    };
    client[method] = async (request: unknown) => {
      const first = await attempt(request ?? {}, true);
      const envelope =
        !first.envelope.ok && first.envelope.error.code === 'stale-dataset' && first.referenced
          ? (await attempt(request ?? {}, false)).envelope
          : first.envelope;
      if (!envelope.ok) {
        const { code, message, path } = envelope.error;
        throw new WorkbenchError(code, message, path);
      }
      const res = responseSchema.safeParse(envelope.result);
      if (!res.success) throw fromZodError(res.error, 'internal', `${method} response`);
      const held = envelope.datasets ?? {};
      for (const { slot, value } of slotsOf(res.data)) if (held[slot]) keys.set(value, held[slot]);
      return res.data;
    };
  }
  return client as unknown as WorkbenchApi;
}

/**
 * Host side: one function that takes a method name and an untrusted payload, validates it and calls the
 * implementation. Never throws; errors become envelopes. Each side validates what it receives: the result is
 * checked by the client, not here again. Datasets in results are kept (by key, in the envelope) so that
 * requests may name them instead of sending them back; a named dataset is put back into the request after
 * the request's own fields are checked. Every error reply passes through `redact` (the host's rewriting of
 * absolute paths), the one place where replies are made safe to show.
 */
export function createDispatcher(
  impl: WorkbenchApi,
  redact: (body: ErrorBody) => ErrorBody = (body) => body,
): (method: string, payload: unknown) => Promise<Envelope> {
  const store = createDatasetStore();
  return async (method, payload) => {
    try {
      if (!isMethodName(method)) throw new WorkbenchError('not-found', `unknown method ${method}`);
      const named: [DatasetSlot, Dataset][] = [];
      let checked = payload ?? {};
      for (const { slot, value } of slotsOf(checked)) {
        const ref = DatasetRefSchema.safeParse(value);
        if (!ref.success) continue;
        const dataset = store.get(ref.data.datasetRef);
        if (!dataset) throw new WorkbenchError('stale-dataset', 'the dataset named is no longer held here', slot);
        named.push([slot, dataset]);
        checked = withSlot(checked, slot, checkedShape(dataset));
      }
      const req = contract[method].request.safeParse(checked);
      if (!req.success) throw fromZodError(req.error, 'invalid-request', method);
      const request = named.reduce((out, [slot, dataset]) => withSlot(out, slot, dataset), req.data as unknown);
      const call = impl[method] as (request: unknown) => Promise<unknown>;
      const result = await call(request);
      const datasets = Object.fromEntries(
        slotsOf(result).map(({ slot, value }) => [slot, store.put(value as Dataset)]),
      );
      return { ok: true, result, ...(Object.keys(datasets).length ? { datasets } : {}) };
    } catch (error) {
      return { ok: false, error: redact(toErrorBody(error)) };
    }
  };
}
