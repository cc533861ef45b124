import { SourceLink } from '../../views/programme/TeamTable';
import { useProgrammeT } from '../../views/programme/i18n';

/** A report section's sources: a title (when known) and its address, each once, in first-use order. */
export function SourceList({ sources }: { sources: { title: string; url: string }[] }) {
  const t = useProgrammeT();
  const seen = new Set<string>();
  const unique = sources.filter((s) => !seen.has(s.url) && seen.add(s.url));
  if (unique.length === 0) return null;
  return (
    <>
      <h3>{t('report.sources')}</h3>
      <ol className="programme-sources">
        {unique.map((s) => (
          <li key={s.url}>
            {s.title && s.title !== s.url && <>{s.title} — </>}
            {/^https?:\/\//.test(s.url) ? <a href={s.url}>{s.url}</a> : <SourceLink source={s.url} />}
          </li>
        ))}
      </ol>
    </>
  );
}
