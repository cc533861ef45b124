import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetIndex } from '../../../../shared/dataset/index';
import { provenanceOf } from '../../../../shared/dataset/provenance';
import type { MatrixCell } from '../../../../shared/evaluation/evaluate';
import { cellKey } from '../../../../shared/domain/scenario';
import { useApi } from '../../api/ApiContext';
import { measuredByText } from '../../model/measured-by';
import { describeError } from '../../files/describe-error';
import { useScenarioStore } from '../../state/scenario-store';
import { useUiStore } from '../../state/ui-store';
import { sameShownCell } from './same-cell';

export interface SelectedCell {
  model: string;
  benchmark: string;
}

interface Props {
  index: DatasetIndex;
  /** null: nothing selected yet; the panel says how to use it. */
  selected: SelectedCell | null;
  cell: MatrixCell | undefined;
  onClose(): void;
}

const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

/**
 * Every observation of the selected model × benchmark: value, setting, who measured it, whose figure it is (the
 * maker's own, independent, second-hand), the source (kind, title, date, link), which one the cell uses and why; pin one by hand or let the policy choose; revert a
 * what-if value. Links open in the OS browser (desktop) or a new tab (browser host), http(s) only.
 */
function Panel({ index, selected, cell, onClose }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const host = useUiStore((s) => s.appInfo?.host);
  const manual = useScenarioStore((s) =>
    selected ? s.scenario?.observationPolicy.manual[cellKey(selected.model, selected.benchmark)] : undefined,
  );
  const store = useScenarioStore.getState;
  if (!selected || !cell)
    return (
      <aside className="observations-panel" aria-label={t('data.panel')}>
        <h2>{t('data.panel')}</h2>
        <p className="view-hint">{t('data.panelEmpty')}</p>
      </aside>
    );

  const model = index.models.get(selected.model)?.name ?? selected.model;
  const benchmark = index.benchmarks.get(selected.benchmark);
  const { resolved } = cell;
  const used = new Set(resolved.observationIds);
  const reportName = resolved.why.report ? (index.models.get(resolved.why.report)?.name ?? resolved.why.report) : '';
  const reason = t(`data.reason.${resolved.reason}`, {
    report: reportName,
    kind: resolved.why.sourceKind ? t(`data.sourceKind.${resolved.why.sourceKind}`) : '',
    date: resolved.why.date ?? t('data.undated'),
    count: resolved.observationIds.length,
  });
  const measuredBy = (text: string) => measuredByText(t, text, (id) => index.models.get(id)?.name ?? id);
  const openLink = (url: string) =>
    api.openExternal({ url }).catch((error: unknown) => useUiStore.getState().error(describeError(t, error)));

  return (
    <aside className="observations-panel" aria-label={t('data.panel')}>
      <div className="observations-head">
        <h2>{t('data.panelTitle', { model, benchmark: benchmark?.name ?? selected.benchmark })}</h2>
        <button type="button" onClick={onClose}>
          {t('data.closePanel')}
        </button>
      </div>
      {cell.origin === 'override' && (
        <p className="observations-override">
          {t('data.overrideNow', { value: cell.value })}{' '}
          <button type="button" onClick={() => store().revertOverride(selected.model, selected.benchmark)}>
            {t('data.revertCell')}
          </button>
        </p>
      )}
      {resolved.value !== null && <p>{t('data.because', { value: Number(resolved.value.toFixed(4)), reason })}</p>}
      {manual && resolved.reason === 'manual' && (
        <p>
          {t('data.pinned')}{' '}
          <button type="button" onClick={() => store().setManualChoice(selected.model, selected.benchmark, null)}>
            {t('data.automatic')}
          </button>
        </p>
      )}
      {resolved.candidates.length === 0 ? (
        <p className="view-hint">{t('data.noObservations')}</p>
      ) : (
        <ul className="observations-list">
          {resolved.candidates.map((o) => {
            const source = index.sources.get(o.source);
            const title = source?.title || source?.url || o.source;
            const provenance = provenanceOf(o, source?.kind);
            return (
              <li
                key={o.id}
                className={[`is-${provenance}`, used.has(o.id) ? 'is-used' : ''].join(' ').trim()}
                aria-current={used.has(o.id) || undefined}
              >
                <div className="observation-value">
                  <strong>{o.value}</strong>
                  {o.stderr !== null && <span> ± {o.stderr}</span>}
                  {used.has(o.id) && <span className="observation-used"> · {t('data.used')}</span>}
                </div>
                <dl>
                  <dt>{t('data.setting')}</dt>
                  <dd>{o.setting}</dd>
                  <dt>{t('data.measuredBy')}</dt>
                  <dd>{measuredBy(o.measuredBy)}</dd>
                  <dt>{t('data.provenanceLabel')}</dt>
                  <dd className="observation-provenance">{t(`data.provenance.${provenance}`)}</dd>
                  <dt>{t('data.source')}</dt>
                  <dd>
                    {source ? `${t(`data.sourceKind.${source.kind}`)} · ` : ''}
                    {source && isWebAddress(source.url) ? (
                      host === 'electron' ? (
                        <button type="button" className="link-button" onClick={() => void openLink(source.url)}>
                          {t('data.openSource', { title })}
                        </button>
                      ) : (
                        <a href={source.url} target="_blank" rel="noopener noreferrer">
                          {title}
                        </a>
                      )
                    ) : (
                      title
                    )}
                    {source && ` · ${source.date ?? t('data.undated')}`}
                  </dd>
                </dl>
                {resolved.candidates.length > 1 && !(manual === o.id) && (
                  <button
                    type="button"
                    onClick={() => store().setManualChoice(selected.model, selected.benchmark, o.id)}
                    aria-label={`${t('data.useThis')}: ${o.value} (${measuredBy(o.measuredBy)})`}
                  >
                    {t('data.useThis')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}

/**
 * The panel, drawn again only when what it shows may differ: another cell selected, or the selected cell showing
 * another value or resolution (an edit elsewhere in the grid leaves it as it is); its store reads (the pin, the host)
 * still redraw it.
 */
export const ObservationsPanel = memo(
  Panel,
  (a, b) =>
    a.index === b.index &&
    a.onClose === b.onClose &&
    a.selected?.model === b.selected?.model &&
    a.selected?.benchmark === b.selected?.benchmark &&
    sameShownCell(a.cell, b.cell),
);
