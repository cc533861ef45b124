import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useTranslation } from 'react-i18next';
import { IMPORT_NS } from '../../i18n';
import { useScenarioStore } from '../../state/scenario-store';
import { useDataActions, type ExportFormat, type ExportWhat } from './useDataActions';
import './import.css';

const ITEMS: { key: string; what: ExportWhat; format: ExportFormat }[] = [
  { key: 'datasetCsv', what: 'dataset', format: 'csv' },
  { key: 'datasetXlsx', what: 'dataset', format: 'xlsx' },
  { key: 'matrixCsv', what: 'matrix', format: 'csv' },
  { key: 'matrixXlsx', what: 'matrix', format: 'xlsx' },
];

/** The toolbar's "Export data" menu: the dataset or the decision matrix, as CSV or XLSX. */
export function ExportMenu() {
  const { t } = useTranslation(IMPORT_NS);
  const actions = useDataActions();
  const loaded = useScenarioStore((s) => s.scenario !== null);
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild disabled={!loaded}>
        <button type="button">{t('toolbar.exportData')}</button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="export-menu" align="start" sideOffset={4}>
          {ITEMS.map((item) => (
            <DropdownMenu.Item
              key={item.key}
              className="export-menu-item"
              onSelect={() => actions.exportData(item.what, item.format)}
            >
              {t(`export.${item.key}`)}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
