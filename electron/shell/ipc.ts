import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelOf, methodNames, type WorkbenchApi } from '../../shared/api/contract';
import { WorkbenchError, type Envelope, type ErrorBody } from '../../shared/api/errors';
import { createDispatcher } from '../../shared/api/transport';
import type { AppOrigin } from './app-origin';

/**
 * Only the app's own top-level page may call the API: the sending frame must exist, have no parent
 * (no iframe, however it got there) and be loaded from the app origin.
 */
function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, origin: AppOrigin): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && origin.isAppUrl(frame.url);
}

/**
 * One ipcMain.handle per contract method on channelOf(method). Each checks the sender, then hands the
 * untrusted payload to the shared dispatcher, which parses the request with the contract's
 * schemas and always answers with an Envelope (errors included), never a rejected promise.
 */
export function registerWorkbenchIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  service: WorkbenchApi,
  origin: AppOrigin,
  redact?: (body: ErrorBody) => ErrorBody,
): void {
  const dispatch = createDispatcher(service, redact);
  for (const method of methodNames) {
    ipcMain.handle(channelOf(method), (event, payload: unknown): Promise<Envelope> | Envelope => {
      if (!isTrustedSender(event, origin)) {
        const url = event.senderFrame?.url ?? 'a destroyed frame';
        return { ok: false, error: new WorkbenchError('forbidden', `${method}: refused a call from ${url}`).toBody() };
      }
      return dispatch(method, payload);
    });
  }
}
