import type { Fingerprint, WorkbenchApi } from '../../../shared/api/contract';
import type { ScenarioBody } from '../../../shared/domain/scenario';
import { addDocument, removeDocument } from '../state/open-documents';
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
 * Fetches the dataset of a document the host opened and shows it as a new document of the window (the scenario
 * store holds its scenario, with the dataset, for the views); the documents open before stay open. `replacing`: the
 * document it takes the place of (Reload), which is let go without a recovery copy (the user chose to leave it).
 */
export async function showDocument(
  api: WorkbenchApi,
  reply: HeldReply,
  options: { dirty?: boolean; replacing?: string | null } = {},
) {
  const scenario = await fetchScenario(api, reply);
  addDocument({
    id: reply.document,
    scenario,
    path: reply.path ?? null,
    fingerprint: reply.fingerprint,
    dirty: options.dirty,
  });
  if (options.replacing && options.replacing !== reply.document) await closeDocument(api, options.replacing);
  return scenario;
}

/** Takes document `id` out of the window and lets the host go of it, its recovery copy removed (asked before). */
export async function closeDocument(api: WorkbenchApi, id: string): Promise<boolean> {
  if (!removeDocument(id)) return false;
  await api.clearRecovery({ document: id }).catch(() => undefined);
  await api.releaseDocument({ document: id }).catch(() => undefined);
  return true;
}
