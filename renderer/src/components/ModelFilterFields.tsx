import { useId, useState } from 'react';
import { MODEL_ROLES, type ModelFilter, type ModelRole } from '../../../shared/domain/model-filter';
import en from '../i18n/model-filter.en.json';
import ko from '../i18n/model-filter.ko.json';
import { useNamespaceT, type NamespaceT } from '../i18n/namespace';
import './model-filter.css';

/** The translate function of the attribute filter ("model-filter" namespace). */
export const useModelFilterT = (): NamespaceT => useNamespaceT('model-filter', { en, ko });

/** The filter in words ("total parameters ≤ 40B · open weights"), for lists and the report. */
export function describeFilter(f: ModelFilter, t: NamespaceT): string {
  const parts: string[] = [];
  if (f.params && (f.params.min !== null || f.params.max !== null)) {
    const of = t(`of.${f.params.of}`);
    const { min, max } = f.params;
    parts.push(
      min !== null && max !== null
        ? t('summary.paramsRange', { of, min, max })
        : min !== null
          ? t('summary.paramsMin', { of, min })
          : t('summary.paramsMax', { of, max }),
    );
  }
  if (f.openWeights !== null) parts.push(t(f.openWeights ? 'summary.open' : 'summary.closed'));
  if (f.countries.length) parts.push(t('summary.countries', { countries: f.countries.join(', ') }));
  if (f.releasedFrom) parts.push(t('summary.releasedFrom', { date: f.releasedFrom }));
  if (f.releasedTo) parts.push(t('summary.releasedTo', { date: f.releasedTo }));
  if (f.roles.length) parts.push(t('summary.roles', { roles: f.roles.map((r) => t(`role.${r}`)).join(', ') }));
  return parts.length ? parts.join(' · ') : t('summary.none');
}

/** A bound typed by the user: empty = none, else a number ≥ 0; anything else is refused with the field named. */
function BoundField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number | null;
  onChange(value: number | null): void;
}) {
  const t = useModelFilterT();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (value === null ? '' : String(value));
  const n = Number(text);
  const bad = text.trim() !== '' && (!Number.isFinite(n) || n < 0);
  return (
    <span className="filter-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        size={6}
        value={text}
        aria-invalid={bad}
        aria-describedby={bad ? `${id}-problem` : undefined}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          const v = Number(next);
          if (next.trim() === '') onChange(null);
          else if (Number.isFinite(v) && v >= 0) onChange(v);
        }}
        onBlur={() => setDraft(null)}
      />
      {bad && (
        <span id={`${id}-problem`} role="alert" className="filter-problem">
          {t('badNumber', { field: label, text })}
        </span>
      )}
    </span>
  );
}

/**
 * The attribute filter's fields (parameter range, open weights, countries, release dates, role): a controlled
 * component over a ModelFilter, used by the Data view's rows, the Models dialog and a rank claim's set.
 */
export function ModelFilterFields({ value, onChange }: { value: ModelFilter; onChange(next: ModelFilter): void }) {
  const t = useModelFilterT();
  const id = useId();
  const params = value.params ?? { of: 'total' as const, min: null, max: null };
  const [countriesDraft, setCountriesDraft] = useState<string | null>(null);
  const set = (change: Partial<ModelFilter>) => onChange({ ...value, ...change });
  const setRole = (role: ModelRole, on: boolean) =>
    set({ roles: on ? [...value.roles, role] : value.roles.filter((r) => r !== role) });
  return (
    <fieldset className="model-filter">
      <legend>{t('legend')}</legend>
      <span className="filter-field">
        <label htmlFor={`${id}-of`}>{t('paramsOf')}</label>
        <select
          id={`${id}-of`}
          value={params.of}
          onChange={(e) => set({ params: { ...params, of: e.target.value as 'total' | 'active' } })}
        >
          <option value="total">{t('of.total')}</option>
          <option value="active">{t('of.active')}</option>
        </select>
      </span>
      <BoundField label={t('min')} value={params.min} onChange={(min) => set({ params: { ...params, min } })} />
      <BoundField label={t('max')} value={params.max} onChange={(max) => set({ params: { ...params, max } })} />
      <span className="filter-field">
        <label htmlFor={`${id}-weights`}>{t('openWeights')}</label>
        <select
          id={`${id}-weights`}
          value={value.openWeights === null ? 'any' : value.openWeights ? 'open' : 'closed'}
          onChange={(e) => set({ openWeights: e.target.value === 'any' ? null : e.target.value === 'open' })}
        >
          <option value="any">{t('weights.any')}</option>
          <option value="open">{t('weights.open')}</option>
          <option value="closed">{t('weights.closed')}</option>
        </select>
      </span>
      <span className="filter-field">
        <label htmlFor={`${id}-countries`}>{t('countries')}</label>
        <input
          id={`${id}-countries`}
          type="text"
          size={8}
          value={countriesDraft ?? value.countries.join(', ')}
          onChange={(e) => {
            setCountriesDraft(e.target.value);
            set({
              countries: e.target.value
                .split(',')
                .map((c) => c.trim())
                .filter(Boolean),
            });
          }}
          onBlur={() => setCountriesDraft(null)}
        />
      </span>
      <span className="filter-field">
        <label htmlFor={`${id}-from`}>{t('releasedFrom')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={value.releasedFrom ?? ''}
          onChange={(e) => set({ releasedFrom: e.target.value || null })}
        />
      </span>
      <span className="filter-field">
        <label htmlFor={`${id}-to`}>{t('releasedTo')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={value.releasedTo ?? ''}
          onChange={(e) => set({ releasedTo: e.target.value || null })}
        />
      </span>
      <span className="filter-field" role="group" aria-label={t('roles')}>
        {t('roles')}:
        {MODEL_ROLES.map((r) => (
          <label key={r}>
            <input type="checkbox" checked={value.roles.includes(r)} onChange={(e) => setRole(r, e.target.checked)} />
            {t(`role.${r}`)}
          </label>
        ))}
      </span>
      <p className="filter-note">{t('unknownNote')}</p>
    </fieldset>
  );
}
