import { createContext, useContext, type ReactNode } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract';

const ApiContext = createContext<WorkbenchApi | null>(null);

export function ApiProvider({ api, children }: { api: WorkbenchApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The WorkbenchApi the app was started with; the renderer's only way to files and the host. */
export function useApi(): WorkbenchApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
