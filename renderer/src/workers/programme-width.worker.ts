import { handleWidthRequest } from './programme-width-handler';
import type { WidthMessage, WidthRequest } from './programme-width-protocol';

/** The dedicated worker that runs the range-width Monte Carlo off the UI thread. */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WidthRequest>) => void) | null;
  postMessage: (m: WidthMessage) => void;
};

scope.onmessage = (e) => handleWidthRequest(e.data, (m) => scope.postMessage(m));
