import { randomUUID } from 'node:crypto';
import type { Fingerprint } from '../../shared/api/contract';
import { WorkbenchError } from '../../shared/api/errors';
import type { Dataset } from '../../shared/domain/dataset';
import { heldFromRows, type HeldDataset } from './held-dataset';

/** One open document as the host holds it. */
export interface HeldDocument {
  readonly id: string;
  /** The file it was opened from or last saved to; null for a bundled, restored or new document never saved. */
  path: string | null;
  /** The file's fingerprint as this document read or last wrote it. */
  fingerprint: Fingerprint | null;
  /** The dataset its scenario was last opened, imported or saved with. */
  datasetId: string;
}

interface DocumentStoreOptions {
  /** Besides the newest, at most this many datasets that no open document uses are kept (the most recently used). */
  spareDatasets?: number;
  newId?: () => string;
}

/**
 * The host's open documents and datasets, by id. A dataset stays while an open (not released) document has used it
 * (opened, imported or saved with it: undo in the page may go back to an earlier one); of the others, the newest and
 * `spareDatasets` most recently used are kept. A released document keeps its record (a page restored from the
 * browser's back-forward cache names it again) but holds no dataset. An id never handed out, or a dataset let go,
 * is a typed error ('unknown-document', 'unknown-dataset'), never a silent default.
 */
export function createDocumentStore(options: DocumentStoreOptions = {}) {
  const spare = options.spareDatasets ?? 2;
  const newId = options.newId ?? randomUUID;
  const datasets = new Map<string, HeldDataset>();
  const documents = new Map<string, HeldDocument & { open: boolean; uses: Set<string> }>();

  const inUse = (datasetId: string) => [...documents.values()].some((d) => d.open && d.uses.has(datasetId));
  /** Lets go of the least recently used datasets no open document uses, beyond `spare` (never `keep`). */
  const evict = (keep?: string) => {
    const unused = [...datasets.keys()].filter((id) => id !== keep && !inUse(id));
    for (const id of unused.slice(0, Math.max(0, unused.length - spare))) datasets.delete(id);
  };
  const touch = (id: string, dataset: HeldDataset) => {
    datasets.delete(id);
    datasets.set(id, dataset);
  };
  const held = (id: string) => {
    const doc = documents.get(id);
    if (!doc) throw new WorkbenchError('unknown-document', `no open document ${id} here: open the file again`, id);
    return doc;
  };

  const store = {
    /** Holds `dataset` under a new id (kept at least until the next one arrives). */
    putDataset(dataset: Dataset | HeldDataset): string {
      const id = newId();
      datasets.set(id, 'observationsArrow' in dataset ? dataset : heldFromRows(dataset));
      evict(id);
      return id;
    },
    /** The dataset `datasetId` with its observations as row objects (built once when it is held as columns). */
    dataset: (datasetId: string): Dataset => store.held(datasetId).dataset(),
    /** The dataset `datasetId` in the form it is held (see HeldDataset). */
    held(datasetId: string): HeldDataset {
      const dataset = datasets.get(datasetId);
      if (!dataset)
        throw new WorkbenchError(
          'unknown-dataset',
          `the dataset ${datasetId} is not held here (never handed out, or let go): open the file again`,
          datasetId,
        );
      touch(datasetId, dataset);
      return dataset;
    },
    /** Opens a document over a held dataset; `id` given = that document again (a recovery copy). */
    open(init: Omit<HeldDocument, 'id'>, id: string = newId()): HeldDocument {
      store.held(init.datasetId);
      const doc = { id, ...init, open: true, uses: new Set([init.datasetId]) };
      documents.set(id, doc);
      return doc;
    },
    /** The document `id`, named again by its page (opened again if it was released). */
    document(id: string): HeldDocument {
      const doc = held(id);
      if (!doc.open && datasets.has(doc.datasetId)) doc.uses.add(doc.datasetId);
      doc.open = true;
      return doc;
    },
    isOpen: (id: string): boolean => documents.get(id)?.open === true,
    /** The dataset `datasetId` for document `id`, which uses it from now on. */
    datasetFor: (id: string, datasetId: string): Dataset => store.heldFor(id, datasetId).dataset(),
    /** The held dataset `datasetId` for document `id`, which uses it from now on. */
    heldFor(id: string, datasetId: string): HeldDataset {
      const dataset = store.held(datasetId);
      held(id).uses.add(datasetId);
      return dataset;
    },
    /** Records the document's file (after a save) or dataset (after a save or import). */
    update(id: string, change: Partial<Omit<HeldDocument, 'id'>>): void {
      const doc = held(id);
      Object.assign(doc, change);
      if (change.datasetId) doc.uses.add(change.datasetId);
    },
    /** The page closed the document: its datasets may be let go. */
    release(id: string): void {
      const doc = documents.get(id);
      if (!doc) return;
      doc.open = false;
      doc.uses.clear();
      evict();
    },
  };
  return store;
}
export type DocumentStore = ReturnType<typeof createDocumentStore>;
