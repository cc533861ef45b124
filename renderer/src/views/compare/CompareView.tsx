import { useState } from 'react';
import type { Scenario } from '../../../../shared/domain/scenario';
import { compareScenarios, MAX_COMPARED, MIN_COMPARED, type Comparison } from '../../../../shared/evaluation/compare';
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
}

/** The documents chosen first: the active one, then the others in order, up to two. */
const initialChoice = (documents: OpenDocument[]): string[] =>
  [...documents.filter((d) => d.active), ...documents.filter((d) => !d.active)].slice(0, MIN_COMPARED).map((d) => d.id);

type Result = { comparison: Comparison } | { error: string } | null;

/** The last comparison made, kept while the same documents hold the same scenarios (every edit makes a new one). */
let last: { key: readonly unknown[]; result: Result } | null = null;

/** The comparison of the chosen documents (null unless two to four), or why it could not be made. */
function comparisonOf(selected: readonly OpenDocument[]): Result {
  const key = selected.flatMap((d) => [d.name, d.scenario]);
  if (last && last.key.length === key.length && last.key.every((k, i) => k === key[i])) return last.result;
  let result: Result = null;
  if (selected.length >= MIN_COMPARED && selected.length <= MAX_COMPARED)
    try {
      result = { comparison: compareScenarios(selected.map((d) => ({ name: d.name, scenario: d.scenario }))) };
    } catch (error) {
      result = { error: error instanceof Error ? error.message : String(error) };
    }
  last = { key, result };
  return result;
}

/**
 * Two to four open documents side by side (issue 11, item 2): a checkbox per document, then the change lines and
 * the inputs and outcomes tables of shared/evaluation/compare with every difference marked.
 */
export function CompareView({ documents, onExportPdf }: Props) {
  const t = useCompareT();
  const [chosen, setChosen] = useState<string[]>(() => initialChoice(documents));
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  // Documents closed since they were chosen drop out; the order is the documents' own.
  const selected = documents.filter((d) => chosen.includes(d.id));
  const result = comparisonOf(selected);
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
        {onExportPdf && result && 'comparison' in result && (
          <button type="button" onClick={() => onExportPdf(selected)}>
            {t('exportPdf')}
          </button>
        )}
      </div>
      {result === null ? (
        <p role="status">{t('tooFew')}</p>
      ) : 'error' in result ? (
        <p role="alert" className="compare-problem">
          {t('failed', { message: result.error })}
        </p>
      ) : (
        <ComparisonTables comparison={result.comparison} onlyDifferences={onlyDifferences} />
      )}
    </section>
  );
}
