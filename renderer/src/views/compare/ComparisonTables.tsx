import { Fragment } from 'react';
import type { Comparison, ComparisonRow } from '../../../../shared/evaluation/compare';
import { UnrankableText } from '../results/UnrankableNotice';
import { useCompareT } from './i18n';
import { changeLines, rowLabel, valueText } from './row-text';

/**
 * Rows shown per section: a scenario of 10,000 models has 20,000 ranking rows, which no page reads; the first ones
 * are shown (for the ranking, scenario 1's best first) with a note of how many are left out. The CLI lists all.
 */
export const SECTION_ROW_LIMIT = 400;

interface TableProps {
  caption: string;
  heading: string;
  names: string[];
  rows: ComparisonRow[];
}

/** A section's rows up to SECTION_ROW_LIMIT, and how many are left out. */
function sectionRows(rows: ComparisonRow[], section: ComparisonRow['section']) {
  const all = rows.filter((r) => r.section === section);
  return { section, shown: all.slice(0, SECTION_ROW_LIMIT), hidden: Math.max(0, all.length - SECTION_ROW_LIMIT) };
}

/**
 * One table of the comparison: a column per scenario, a row per item grouped by section. A row whose values differ
 * has the class "compare-differs" and a visible ≠ (with "differs" for screen readers), not colour alone.
 */
function ComparisonTable({ caption, heading, names, rows }: TableProps) {
  const t = useCompareT();
  const sections = [...new Set(rows.map((r) => r.section))].map((section) => sectionRows(rows, section));
  return (
    <section className="compare-block" aria-label={heading}>
      <h3>{heading}</h3>
      {rows.length === 0 ? (
        <p>{t('noDifferences')}</p>
      ) : (
        <table className="compare-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('item')}</th>
              {names.map((name, i) => (
                <th scope="col" key={i}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sections.map(({ section, shown, hidden }) => (
              <Fragment key={section}>
                <tr className="compare-section">
                  <th scope="colgroup" colSpan={names.length + 1}>
                    {t(`section.${section}`)}
                  </th>
                </tr>
                {shown.map((r) => (
                  <tr key={r.key} className={r.differs ? 'compare-differs' : undefined}>
                    <th scope="row">
                      {r.differs && (
                        <>
                          <span className="compare-marker" aria-hidden="true">
                            {t('differsMarker')}
                          </span>
                          <span className="visually-hidden">{t('differs')}: </span>
                        </>
                      )}
                      {r.context && <span className="compare-context">{r.context} · </span>}
                      {rowLabel(t, r)}
                    </th>
                    {r.values.map((v, i) => (
                      <td key={i}>{valueText(t, r, v)}</td>
                    ))}
                  </tr>
                ))}
                {hidden > 0 && (
                  <tr className="compare-more">
                    <td colSpan={names.length + 1}>{t('moreRows', { count: hidden, shown: SECTION_ROW_LIMIT })}</td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface Props {
  comparison: Comparison;
  /** Show only the rows that differ. */
  onlyDifferences?: boolean;
}

/** The change lines, the inputs table and the outcomes table of a comparison (the Compare view and its report). */
export function ComparisonTables({ comparison, onlyDifferences = false }: Props) {
  const t = useCompareT();
  const names = comparison.scenarios.map((s) => s.name);
  const shown = (rows: ComparisonRow[]) => (onlyDifferences ? rows.filter((r) => r.differs) : rows);
  const lines = changeLines(t, comparison);
  return (
    <div className="compare-tables">
      <section className="compare-changes" aria-label={t('changes')}>
        <h3>{t('changes')}</h3>
        {lines.length ? (
          <ul>
            {lines.slice(0, SECTION_ROW_LIMIT).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
            {lines.length > SECTION_ROW_LIMIT && (
              <li className="compare-more">
                {t('moreLines', { count: lines.length - SECTION_ROW_LIMIT, shown: SECTION_ROW_LIMIT })}
              </li>
            )}
          </ul>
        ) : (
          <p>{t('noChanges')}</p>
        )}
        {comparison.problems.map((p, i) => (
          <p key={i} className="compare-problem" role="note">
            {names[p.scenario]}: {p.unrankable ? <UnrankableText reason={p.unrankable} /> : p.message}
          </p>
        ))}
      </section>
      <p className="compare-legend">{t('legend')}</p>
      <div className="compare-side-by-side">
        <ComparisonTable
          caption={t('inputsTable')}
          heading={t('inputs')}
          names={names}
          rows={shown(comparison.inputs)}
        />
        <ComparisonTable
          caption={t('outcomesTable')}
          heading={t('outcomes')}
          names={names}
          rows={shown(comparison.outcomes)}
        />
      </div>
    </div>
  );
}
