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
    const document = useDocumentFile.getState().documentId;
    const timer = setInterval(() => void api.keepDocument({ document }).catch(() => undefined), intervalMs);
    const release = () => void api.releaseDocument({ document }).catch(() => undefined);
    window.addEventListener('pagehide', release);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', release);
    };
  }, [api, intervalMs]);
}
