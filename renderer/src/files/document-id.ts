const DOCUMENT_STORAGE_KEY = 'workbench-document';

/**
 * The id of this page's (or window's) document, under which its recovery copy is kept. Made once per
 * page and kept in sessionStorage: a reload keeps it (and finds its own copy), another tab gets its own.
 */
export function pageDocumentId(storage: Storage | undefined = globalThis.sessionStorage): string {
  const kept = storage?.getItem(DOCUMENT_STORAGE_KEY);
  if (kept && /^[A-Za-z0-9_-]{1,64}$/.test(kept)) return kept;
  const id = crypto.randomUUID();
  storage?.setItem(DOCUMENT_STORAGE_KEY, id);
  return id;
}
