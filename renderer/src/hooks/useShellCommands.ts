import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbenchShell } from '../../../shared/api/shell-commands';
import { useFileActions } from '../files/FileActionsContext';
import { useDataActions } from '../views/import/useDataActions';

declare global {
  interface Window {
    /** Menu commands and the close handshake of the Electron shell; absent in the browser host. */
    workbenchShell?: WorkbenchShell;
  }
}

/** Electron's menus, OS "open file" requests and the close request, routed to the same actions. */
export function useShellCommands(): void {
  const actions = useFileActions();
  const data = useDataActions();
  const { t } = useTranslation();
  useEffect(() => {
    const shell = window.workbenchShell;
    if (!shell) return;
    return shell.onCommand((command) => {
      switch (command.type) {
        case 'open':
          return actions.open();
        case 'save':
          return void actions.save();
        case 'save-as':
          return void actions.saveAs();
        case 'export-pdf':
          return void actions.exportPdf();
        case 'import':
          return data.startImport();
        case 'export-data':
          return data.exportData(command.what, command.format);
        case 'close-requested':
          return actions.guardAllUnsaved(() => shell.confirmClose());
        case 'open-scenario':
          return void actions.show(command.opened);
      }
    });
  }, [actions, data, t]);
}
