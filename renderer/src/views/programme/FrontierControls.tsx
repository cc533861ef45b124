import { AttributeFilter, useModelsMeeting } from '../../components/AttributeFilter';
import { useId } from 'react';
import type { FrontierRules } from '../../../../shared/domain/programme';
import type { Scenario } from '../../../../shared/domain/scenario';
import { DateField } from './DateField';
import { NumberField } from './NumberField';
import { useProgrammeT } from './i18n';

interface Props {
  scenario: Scenario;
  rules: FrontierRules;
  onPatch: (patch: Partial<FrontierRules>) => void;
}

/** The frontier rules as form controls; every change goes through onPatch as a partial rule set. */
export function FrontierControls({ scenario, rules, onPatch }: Props) {
  const meeting = useModelsMeeting(scenario, rules.referenceFilter ?? null);
  const referenceSet = new Set(scenario.references.filter((id) => !meeting || meeting.has(id)));
  const t = useProgrammeT();
  const id = useId();
  const referenceModels = scenario.references.flatMap((r) => scenario.dataset.models.filter((m) => m.id === r));
  const countries = [
    ...new Set([...referenceModels.map((m) => m.country.toUpperCase()), ...rules.excludeCountries]),
  ].filter((c) => c !== '');
  countries.sort();
  const excluded = new Set(rules.excludeCountries.map((c) => c.toUpperCase()));
  const refKind = rules.referenceValue.kind;

  return (
    <fieldset className="programme-controls">
      <legend>{t('frontier.rules')}</legend>
      <DateField
        label={t('frontier.evaluationDate')}
        value={rules.evaluationDate}
        onCommit={(evaluationDate) => onPatch({ evaluationDate })}
      />
      <NumberField
        label={t('frontier.windowMonths')}
        value={rules.windowMonths}
        min={1}
        max={120}
        integer
        onCommit={(windowMonths) => onPatch({ windowMonths })}
      />
      <NumberField
        label={t('frontier.threshold')}
        value={rules.threshold}
        min={0.01}
        max={10}
        step={0.01}
        onCommit={(threshold) => onPatch({ threshold })}
      />
      <span className="programme-field">
        <label htmlFor={`${id}-aggregate`}>{t('frontier.aggregate')}</label>
        <select
          id={`${id}-aggregate`}
          value={rules.aggregate}
          onChange={(e) => onPatch({ aggregate: e.target.value as FrontierRules['aggregate'] })}
        >
          <option value="mean">{t('frontier.aggregateMean')}</option>
          <option value="weighted-mean">{t('frontier.aggregateWeighted')}</option>
          <option value="share-at-threshold">{t('frontier.aggregateShare')}</option>
        </select>
      </span>
      {rules.aggregate === 'share-at-threshold' && (
        <NumberField
          label={t('frontier.passShare')}
          value={rules.passShare}
          min={0}
          max={1}
          step={0.05}
          onCommit={(passShare) => onPatch({ passShare })}
        />
      )}
      <span className="programme-field">
        <label htmlFor={`${id}-reference`}>{t('frontier.referenceValue')}</label>
        <select
          id={`${id}-reference`}
          value={refKind}
          onChange={(e) => {
            const kind = e.target.value;
            if (kind === 'model') onPatch({ referenceValue: { kind, model: referenceModels[0].id } });
            else onPatch({ referenceValue: { kind: kind as 'best' | 'median' } });
          }}
        >
          <option value="best">{t('frontier.refBest')}</option>
          <option value="median">{t('frontier.refMedian')}</option>
          <option value="model" disabled={referenceModels.length === 0}>
            {t('frontier.refModel')}
          </option>
        </select>
      </span>
      {rules.referenceValue.kind === 'model' && (
        <span className="programme-field">
          <label htmlFor={`${id}-model`}>{t('frontier.referenceModel')}</label>
          <select
            id={`${id}-model`}
            value={rules.referenceValue.model}
            onChange={(e) => onPatch({ referenceValue: { kind: 'model', model: e.target.value } })}
          >
            {referenceModels.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </span>
      )}
      {countries.map((c) => (
        <label key={c} className="programme-toggle">
          <input
            type="checkbox"
            checked={excluded.has(c)}
            onChange={(e) =>
              onPatch({
                excludeCountries: e.target.checked
                  ? [...rules.excludeCountries, c]
                  : rules.excludeCountries.filter((x) => x.toUpperCase() !== c),
              })
            }
          />
          {t('frontier.excludeCountry', { country: c })}
        </label>
      ))}
      <label className="programme-toggle">
        <input
          type="checkbox"
          checked={rules.openWeightsOnly}
          onChange={(e) => onPatch({ openWeightsOnly: e.target.checked })}
        />
        {t('frontier.openWeightsOnly')}
      </label>
      <AttributeFilter
        value={rules.referenceFilter ?? null}
        onChange={(next) => onPatch({ referenceFilter: next ?? undefined })}
        shown={referenceSet.size}
        total={scenario.references.length}
      />
      <label className="programme-toggle">
        <input type="checkbox" checked={rules.sameReport} onChange={(e) => onPatch({ sameReport: e.target.checked })} />
        {t('frontier.sameReport')}
      </label>
    </fieldset>
  );
}
