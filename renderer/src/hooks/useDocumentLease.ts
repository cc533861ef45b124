import { useEffect } from 'react';
import { useApi } from '../api/ApiContext';
import { useDocumentFile } from '../files/document-file';
import { useOpenDocumentsStore } from '../state/open-documents';

/** How often the page tells the host its document is still open (the host's lease is 120 s). */
const KEEP_DOCUMENT_MS = 30_000;

/**
 * Keeps this page's documents counted as open while the page lives, so its recovery copy is not offered
 * to another page; on leaving the page (close, reload) it is released.
 */
export function useDocumentLease(intervalMs = KEEP_DOCUMENT_MS): void {
  const api = useApi();
  useEffect(() => {
    const each = (call: (request: { document: string }) => Promise<unknown>) => () => {
      const open = useOpenDocumentsStore.getState().documents.map((d) => d.id);
      const shown = useDocumentFile.getState().documentId;
      for (const document of new Set([...open, ...(shown ? [shown] : [])]))
        void call({ document }).catch(() => undefined);
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
