import type { Fingerprint, WorkbenchApi } from '../../../shared/api/contract';
import type { ScenarioBody } from '../../../shared/domain/scenario';
import { useScenarioStore } from '../state/scenario-store';
import { useDocumentFile } from './document-file';
import { fetchScenario } from './held-datasets';

/** A document the host handed out (opened, loaded, restored), as its reply names it. */
export interface HeldReply {
  document: string;
  datasetId: string;
  scenario: ScenarioBody;
  path?: string;
  fingerprint?: Fingerprint;
}

/**
 * Fetches the dataset of a document the host opened and makes it the page's document: the scenario store holds its
 * scenario (with the dataset, for the views), the document file its id and the file's fingerprint. The document it
 * replaces is let go (its recovery copy removed: the user chose to leave it).
 */
export async function showDocument(api: WorkbenchApi, reply: HeldReply, options?: { dirty?: boolean }) {
  const scenario = await fetchScenario(api, reply);
  const previous = useDocumentFile.getState().documentId;
  useScenarioStore.getState().load(scenario, reply.path ?? null, options);
  useDocumentFile.getState().adopt(reply.document);
  if (reply.path && reply.fingerprint) useDocumentFile.getState().remember(reply.path, reply.fingerprint);
  if (previous && previous !== reply.document) {
    await api.clearRecovery({ document: previous }).catch(() => undefined);
    await api.releaseDocument({ document: previous }).catch(() => undefined);
  }
  return scenario;
}
