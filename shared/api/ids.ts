import { z } from 'zod';

/**
 * The id under which the host holds one open document (its file, the fingerprint it knows, its dataset);
 * handed out by the host when a document is opened, loaded, restored or made. Its recovery copy is kept under it.
 */
export const DocumentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** The id under which the host holds one dataset (an opened scenario's, an import's result). */
export const DatasetIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
