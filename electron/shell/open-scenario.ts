import type { WorkbenchApi } from '../../shared/api/contract';
import { toErrorBody } from '../../shared/api/errors';
import type { ShellCommand } from '../../shared/api/shell-commands';

interface OpenScenarioDeps {
  service: Pick<WorkbenchApi, 'openScenario'>;
  /** PathPolicy.grant: the OS handed this file to the app, so the app may read it. */
  grant(path: string): void;
  send(command: ShellCommand): void;
  showError(title: string, message: string): void;
}

/**
 * A .sewb from the command line, a second instance or macOS open-file: granted, read and validated by
 * the service (which also adds it to the recent files), then handed to the renderer to load. A file
 * that cannot be read or is invalid is reported with its path and the failing field; nothing is sent.
 */
export async function openScenarioFromOs(path: string, deps: OpenScenarioDeps): Promise<void> {
  try {
    deps.grant(path);
    const opened = await deps.service.openScenario({ path });
    if (opened) deps.send({ type: 'open-scenario', opened });
  } catch (error) {
    deps.showError('Could not open the scenario', `${path}\n\n${toErrorBody(error).message}`);
  }
}
