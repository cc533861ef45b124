import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnRoleSchema, type ImportPreviewWire } from '../../../../shared/api/import-schemas';
import type { ColumnRole, ImportMapping } from '../../../../shared/dataset/import-types';
import { IMPORT_NS } from '../../i18n';
import { NameMatchList } from './NameMatchList';

interface Props {
  preview: ImportPreviewWire;
  mapping: ImportMapping;
  disabled: boolean;
  onChange(mapping: ImportMapping): void;
  /** Reads another worksheet of the workbook. */
  onSheet(sheet: string): void;
}

/**
 * The mapping step: the table's layout, what each column holds, which known model or benchmark each
 * unrecognised name is (or skip it), and whether unknown models become new ones. Every change re-checks.
 */
export function MappingStep({ preview, mapping, disabled, onChange, onSheet }: Props) {
  const { t } = useTranslation(IMPORT_NS);
  const layoutId = useId();
  const { sheets, metrics } = preview.choices;
  const tasks = Object.keys(metrics).filter((task) => metrics[task].length > 1);
  const newModelsId = useId();
  const headers = Object.keys(mapping.columns);
  const table = ['csv', 'tsv', 'xlsx', 'parquet'].includes(preview.format);
  const setRole = (header: string, role: ColumnRole) =>
    onChange({ ...mapping, columns: { ...mapping.columns, [header]: role } });
  // Another layout reads the headers afresh: roles and benchmark columns are detected again for it.
  const setLayout = (layout: ImportMapping['layout']) => onChange({ ...mapping, layout, columns: {}, benchmarks: {} });
  return (
    <section className="import-mapping" aria-label={t('mapping.title')}>
      <h3>{t('mapping.title')}</h3>
      {sheets && sheets.names.length > 1 && (
        <OptionSelect
          label={t('mapping.sheet')}
          options={sheets.names}
          value={sheets.read}
          disabled={disabled}
          onChange={onSheet}
        />
      )}
      {table && (
        <div className="import-field">
          <label htmlFor={layoutId}>{t('mapping.layout')}</label>
          <select
            id={layoutId}
            value={mapping.layout}
            disabled={disabled}
            onChange={(e) => setLayout(e.target.value as ImportMapping['layout'])}
          >
            {(['long', 'wide'] as const).map((layout) => (
              <option key={layout} value={layout}>
                {t(`mapping.layouts.${layout}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {headers.length > 0 && (
        <fieldset className="import-columns">
          <legend>{t('mapping.columns')}</legend>
          {headers.map((header) => (
            <ColumnRoleSelect
              key={header}
              header={header}
              role={mapping.columns[header]}
              disabled={disabled}
              onChange={(role) => setRole(header, role)}
            />
          ))}
        </fieldset>
      )}
      {tasks.length > 0 && (
        <fieldset className="import-columns">
          <legend>{t('mapping.metrics')}</legend>
          {tasks.map((task) => (
            <OptionSelect
              key={task}
              label={task}
              options={metrics[task]}
              value={mapping.metrics[task] ?? metrics[task][0]}
              disabled={disabled}
              onChange={(metric) => onChange({ ...mapping, metrics: { ...mapping.metrics, [task]: metric } })}
            />
          ))}
        </fieldset>
      )}
      <NameMatchList
        kind="models"
        names={[...new Set([...preview.unmatched.models, ...Object.keys(mapping.models)])]}
        chosen={mapping.models}
        disabled={disabled}
        onChange={(models) => onChange({ ...mapping, models })}
      />
      <NameMatchList
        kind="benchmarks"
        names={[...new Set([...preview.unmatched.benchmarks, ...Object.keys(mapping.benchmarks)])]}
        chosen={mapping.benchmarks}
        disabled={disabled}
        onChange={(benchmarks) => onChange({ ...mapping, benchmarks })}
      />
      <div className="import-field">
        <input
          id={newModelsId}
          type="checkbox"
          checked={mapping.newModels}
          disabled={disabled}
          onChange={(e) => onChange({ ...mapping, newModels: e.target.checked })}
        />
        <label htmlFor={newModelsId}>{t('mapping.newModels')}</label>
      </div>
    </section>
  );
}

/** A labelled choice among texts: the worksheet of a workbook; an lm-eval task's metric (e.g. acc,none). */
function OptionSelect(props: {
  label: string;
  options: string[];
  value: string;
  disabled: boolean;
  onChange(value: string): void;
}) {
  const id = useId();
  return (
    <div className="import-field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}

function ColumnRoleSelect(props: {
  header: string;
  role: ColumnRole;
  disabled: boolean;
  onChange(r: ColumnRole): void;
}) {
  const { t } = useTranslation(IMPORT_NS);
  const id = useId();
  return (
    <div className="import-field">
      <label htmlFor={id}>{props.header}</label>
      <select
        id={id}
        value={props.role}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.value as ColumnRole)}
      >
        {ColumnRoleSchema.options.map((role) => (
          <option key={role} value={role}>
            {t(`mapping.roles.${role}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
