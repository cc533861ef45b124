import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { selectDirty, useScenarioStore } from '../state/scenario-store';

/** The scenario name and the dirty marker, also mirrored in the window title. */
export function DocumentTitle() {
  const { t } = useTranslation();
  const name = useScenarioStore((s) => s.scenario?.name ?? null);
  const dirty = useScenarioStore(selectDirty);
  useEffect(() => {
    document.title = [dirty ? '•' : '', name, name ? '—' : '', t('app.title')].filter(Boolean).join(' ');
  }, [name, dirty, t]);
  return (
    <div className="document-title">
      <h1 className="scenario-name">{name ?? t('app.loading')}</h1>
      <span className="dirty-marker" role="status">
        {dirty ? t('app.unsaved') : ''}
      </span>
    </div>
  );
}
