import { useEffect } from 'react';
import { useApi } from '../api/ApiContext';
import { useDocumentFile } from '../files/document-file';

/** How often the page tells the host its document is still open (the host's lease is 120 s). */
const KEEP_DOCUMENT_MS = 30_000;

/**
 * Keeps this page's document counted as open while the page lives, so its recovery copy is not offered
 * to another page; on leaving the page (close, reload) it is released.
 */
export function useDocumentLease(intervalMs = KEEP_DOCUMENT_MS): void {
  const api = useApi();
  useEffect(() => {
    const each = (call: (request: { document: string }) => Promise<unknown>) => () => {
      const document = useDocumentFile.getState().documentId;
      if (document) void call({ document }).catch(() => undefined);
    };
    const timer = setInterval(each(api.keepDocument), intervalMs);
    const release = each(api.releaseDocument);
    window.addEventListener('pagehide', release);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', release);
    };
  }, [api, intervalMs]);
}
