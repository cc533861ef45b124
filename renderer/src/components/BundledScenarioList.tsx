import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResponse } from '../../../shared/api/contract';
import { useApi } from '../api/ApiContext';
import { describeError } from '../files/describe-error';
import { showDocument } from '../files/show-document';
import { useUiStore } from '../state/ui-store';

type Item = ApiResponse<'listBundled'>['scenarios'][number];

/** The scenarios shipped with the app (Open dialog): one button each, opened as an unsaved copy. */
export function BundledScenarioList({ onOpened, onProblem }: { onOpened(): void; onProblem(text: string): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [items, setItems] = useState<Item[]>([]);
  useEffect(() => {
    let live = true;
    api.listBundled({}).then(
      (list) => live && setItems(list.scenarios),
      (error: unknown) => live && onProblem(describeError(t, error)),
    );
    return () => {
      live = false;
    };
  }, [api, t, onProblem]);

  const open = async (item: Item) => {
    try {
      const scenario = await showDocument(api, await api.loadBundledScenario({ id: item.id }));
      useUiStore.getState().info(t('status.openedBundled', { name: scenario.name }));
      onOpened();
    } catch (error) {
      onProblem(describeError(t, error));
    }
  };

  if (items.length === 0) return null;
  return (
    <div className="picker-bundled">
      <h3 id="bundled-heading">{t('picker.bundled')}</h3>
      <ul aria-labelledby="bundled-heading">
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className="picker-entry is-bundled" onClick={() => void open(item)}>
              <span className="picker-icon" aria-hidden="true">
                ◆
              </span>
              <span className="picker-name">{item.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
