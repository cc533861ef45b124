import { useTranslation } from 'react-i18next';
import type { ImportPreviewWire } from '../../../../shared/api/import-schemas';
import { IMPORT_NS } from '../../i18n';
import { fixText, withFix, withSkip, type PreviewEdits } from './import-edits';
import { problemText } from './problem-text';

type Problem = ImportPreviewWire['problems'][number];

interface Props {
  preview: ImportPreviewWire;
  edits: PreviewEdits;
  onChange(edits: PreviewEdits): void;
}

/**
 * Every problem with its file, row, column, kind and message; a located cell gets a field to correct it
 * and its row a Skip button. Changes are checked when the user presses Check again.
 */
export function ProblemsTable({ preview, edits, onChange }: Props) {
  const { t } = useTranslation(IMPORT_NS);
  const { problems } = preview;
  const skipped = new Set(edits.skips);
  const firstOfRow = new Set<Problem>();
  const seenRows = new Set<number>();
  for (const p of problems)
    if (p.row !== null && !seenRows.has(p.row)) {
      seenRows.add(p.row);
      firstOfRow.add(p);
    }
  return (
    <section className="import-problems" aria-label={t('problems.title')}>
      {problems.length > 0 && (
        <>
          <h3>{t('problems.title')}</h3>
          {preview.counts.problems > problems.length && (
            <p className="import-note">
              {t('problems.shown', { shown: problems.length, count: preview.counts.problems })}
            </p>
          )}
          <div className="import-table-wrap">
            <table className="import-table" aria-label={t('problems.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('problems.file')}</th>
                  <th scope="col">{t('problems.row')}</th>
                  <th scope="col">{t('problems.column')}</th>
                  <th scope="col">{t('problems.kind')}</th>
                  <th scope="col">{t('problems.message')}</th>
                  <th scope="col">{t('problems.fix')}</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p, i) => (
                  <tr key={i} className={p.row !== null && skipped.has(p.row) ? 'is-skipped' : undefined}>
                    <td>{p.file}</td>
                    <td>{p.row ?? ''}</td>
                    <td>{p.column ?? ''}</td>
                    <td>{t(`problems.kinds.${p.kind}`)}</td>
                    <td>{problemText(t, p)}</td>
                    <td className="import-fix">
                      {p.row !== null && p.column !== null && p.row > 1 && !skipped.has(p.row) && (
                        <input
                          type="text"
                          aria-label={t('problems.fixLabel', { row: p.row, column: p.column })}
                          value={fixText(edits, p.row, p.column) ?? p.text ?? ''}
                          spellCheck={false}
                          onChange={(e) => onChange(withFix(edits, p.row!, p.column!, e.target.value))}
                        />
                      )}
                      {firstOfRow.has(p) && p.row! > 1 && !skipped.has(p.row!) && (
                        <button type="button" onClick={() => onChange(withSkip(edits, p.row!, true))}>
                          {t('problems.skip', { row: p.row })}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {edits.skips.length > 0 && (
        <p className="import-skipped">
          {t('problems.skippedRows')}:{' '}
          {edits.skips.map((row) => (
            <button key={row} type="button" onClick={() => onChange(withSkip(edits, row, false))}>
              {t('problems.include', { row })}
            </button>
          ))}
        </p>
      )}
    </section>
  );
}
