import { useState } from 'react';
import type { Scenario } from '../../../../shared/domain/scenario';
import { MAX_COMPARED, MIN_COMPARED, type ComparedScenario } from '../../../../shared/evaluation/compare';
import { useComparison, type CreateCompareWorker } from '../../workers/useComparison';
import { ComparisonTables } from './ComparisonTables';
import { useCompareT } from './i18n';
import './compare.css';

/** An open document as the documents hook lists it (useOpenDocuments). */
export interface OpenDocument {
  id: string;
  name: string;
  scenario: Scenario;
  active: boolean;
}

interface Props {
  documents: OpenDocument[];
  /** Prints the chosen documents' comparison to PDF; the button is shown when given. */
  onExportPdf?: (documents: OpenDocument[]) => void;
  /** The compare worker (tests run its handler in-process). */
  createWorker?: CreateCompareWorker;
}

/** The documents chosen first: the active one, then the others in order, up to two. */
const initialChoice = (documents: OpenDocument[]): string[] =>
  [...documents.filter((d) => d.active), ...documents.filter((d) => !d.active)].slice(0, MIN_COMPARED).map((d) => d.id);

/** The last selection handed to the worker, kept while the same documents hold the same names and scenarios. */
let lastSelection: readonly ComparedScenario[] | null = null;

/** The chosen documents as the comparison takes them (null unless two to four), the same array while unchanged. */
function selectionOf(selected: readonly OpenDocument[]): readonly ComparedScenario[] | null {
  if (selected.length < MIN_COMPARED || selected.length > MAX_COMPARED) return null;
  const same =
    lastSelection?.length === selected.length &&
    lastSelection.every((d, i) => d.name === selected[i].name && d.scenario === selected[i].scenario);
  if (!same) lastSelection = selected.map((d) => ({ name: d.name, scenario: d.scenario }));
  return lastSelection;
}

/**
 * Two to four open documents side by side (issue 11, item 2): a checkbox per document, then the change lines and
 * the inputs and outcomes tables of shared/evaluation/compare with every difference marked.
 */
export function CompareView({ documents, onExportPdf, createWorker }: Props) {
  const t = useCompareT();
  const [chosen, setChosen] = useState<string[]>(() => initialChoice(documents));
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  // Documents closed since they were chosen drop out; the order is the documents' own.
  const selected = documents.filter((d) => chosen.includes(d.id));
  const selection = selectionOf(selected);
  const { comparison, error, updating } = useComparison(selection, createWorker);
  const toggle = (id: string, on: boolean) =>
    setChosen((ids) => (on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id)));
  const full = selected.length >= MAX_COMPARED;

  return (
    <section className="compare-view" aria-label={t('title')}>
      <fieldset className="compare-choice">
        <legend>{t('choose')}</legend>
        {documents.map((d) => {
          const on = chosen.includes(d.id);
          return (
            <label key={d.id} className="compare-option">
              <input
                type="checkbox"
                checked={on}
                disabled={!on && full}
                aria-label={t('chooseOne', { name: d.name })}
                onChange={(e) => toggle(d.id, e.target.checked)}
              />
              {d.name} {d.active && <span className="compare-active">{t('active')}</span>}
            </label>
          );
        })}
        {full && <p className="compare-hint">{t('tooMany')}</p>}
      </fieldset>
      <div className="compare-actions">
        <label className="compare-option">
          <input type="checkbox" checked={onlyDifferences} onChange={(e) => setOnlyDifferences(e.target.checked)} />
          {t('onlyDifferences')}
        </label>
        {onExportPdf && selection && comparison && !updating && (
          <button type="button" onClick={() => onExportPdf(selected)}>
            {t('exportPdf')}
          </button>
        )}
        {selection && updating && (
          <span role="status" className="compare-updating">
            {t('updating')}
          </span>
        )}
      </div>
      {!selection ? (
        <p role="status">{t('tooFew')}</p>
      ) : error ? (
        <p role="alert" className="compare-problem">
          {t('failed', { message: error })}
        </p>
      ) : (
        comparison && (
          <div className={updating ? 'compare-stale' : undefined} aria-busy={updating}>
            <ComparisonTables comparison={comparison} onlyDifferences={onlyDifferences} />
          </div>
        )
      )}
    </section>
  );
}
