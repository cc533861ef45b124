import * as Dialog from '@radix-ui/react-dialog';
import { useId, useState, type ReactNode } from 'react';
import { RATIO_AGGREGATES, type Claim } from '../../../../shared/domain/claims';
import type { Scenario } from '../../../../shared/domain/scenario';
import { ModelFilterFields } from '../../components/ModelFilterFields';
import { CLAIM_CHECK_KINDS, claimOfDraft, draftOf, type ClaimDraft } from './claim-draft';
import { useClaimsT } from './i18n';

interface Props {
  scenario: Scenario;
  /** The claim edited, or null to add one. */
  claim: Claim | null;
  id: string;
  /** Saves the claim; false when the store refused it (the form stays open). */
  onSave(claim: Claim): boolean;
  onClose(): void;
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="claim-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

interface Option {
  value: string;
  label: string;
}

/** A labelled select of `options`: one value, or (multiple) several. */
function SelectField(
  props: { label: string; options: readonly Option[] } & (
    | { multiple?: false; value: string; onChange(value: string): void }
    | { multiple: true; value: string[]; onChange(value: string[]): void }
  ),
) {
  const { label, options } = props;
  return (
    <Field label={label}>
      {(fid) => (
        <select
          id={fid}
          multiple={props.multiple}
          size={props.multiple ? 6 : undefined}
          value={props.value}
          onChange={(e) =>
            props.multiple
              ? props.onChange([...e.target.selectedOptions].map((o) => o.value))
              : props.onChange(e.target.value)
          }
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The add / edit form of a claim (a dialog): the claim's facts and its check; nothing is saved while a field is wrong. */
export function ClaimForm({ scenario, claim, id, onSave, onClose }: Props) {
  const t = useClaimsT();
  const [draft, setDraft] = useState<ClaimDraft>(() => draftOf(claim, scenario));
  const [problems, setProblems] = useState<string[]>([]);
  const set = (change: Partial<ClaimDraft>) => setDraft((d) => ({ ...d, ...change }));
  const models = scenario.dataset.models;
  const benchmarks = scenario.dataset.benchmarks;
  const save = () => {
    const result = claimOfDraft(draft, id, t);
    if ('problems' in result) return setProblems(result.problems);
    if (onSave(result.claim)) onClose();
  };
  const modelOptions = models.map((m) => ({ value: m.id, label: m.name }));
  const benchmarkOptions = benchmarks.map((b) => ({ value: b.id, label: b.name }));
  const modelSelect = (key: 'model' | 'baseline') => (
    <SelectField
      label={t(`form.${key}`)}
      options={modelOptions}
      value={draft[key]}
      onChange={(value) => set({ [key]: value })}
    />
  );
  const text = (key: 'text' | 'by' | 'source' | 'note' | 'missing', area = false) => (
    <Field label={t(`form.${key}`)}>
      {(fid) =>
        area ? (
          <textarea id={fid} rows={2} value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} />
        ) : (
          <input id={fid} type="text" value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} />
        )
      }
    </Field>
  );
  const number = (key: 'expected' | 'tolerance', label: string) => (
    <Field label={label}>
      {(fid) => (
        <input
          id={fid}
          type="text"
          inputMode="decimal"
          value={draft[key]}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      )}
    </Field>
  );
  const benchmarkSelect = (
    <SelectField
      label={t('form.benchmark')}
      options={benchmarkOptions}
      value={draft.benchmark}
      onChange={(benchmark) => set({ benchmark })}
    />
  );
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog claim-form">
          <Dialog.Title className="dialog-title">{t(claim ? 'form.editTitle' : 'form.addTitle')}</Dialog.Title>
          <Dialog.Description>{t('form.description')}</Dialog.Description>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            {text('text', true)}
            {text('by')}
            <Field label={t('form.date')}>
              {(fid) => (
                <input id={fid} type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
              )}
            </Field>
            {text('source')}
            {text('note', true)}
            <SelectField
              label={t('form.kind')}
              options={CLAIM_CHECK_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              value={draft.kind}
              onChange={(kind) => set({ kind: kind as ClaimDraft['kind'] })}
            />
            {draft.kind !== 'none' && modelSelect('model')}
            {draft.kind === 'ratio' && (
              <>
                {modelSelect('baseline')}
                <SelectField
                  multiple
                  label={t('form.benchmarks')}
                  options={benchmarkOptions}
                  value={draft.benchmarks}
                  onChange={(chosen) => set({ benchmarks: chosen })}
                />
                <SelectField
                  label={t('form.aggregate')}
                  options={RATIO_AGGREGATES.map((a) => ({ value: a, label: t(`aggregate.${a}`) }))}
                  value={draft.aggregate}
                  onChange={(aggregate) => set({ aggregate: aggregate as ClaimDraft['aggregate'] })}
                />
                {number('expected', t('form.expectedRatio'))}
                {number('tolerance', t('form.toleranceRatio'))}
              </>
            )}
            {draft.kind === 'rank' && (
              <>
                {benchmarkSelect}
                <ModelFilterFields value={draft.among} onChange={(among) => set({ among })} />
                {number('expected', t('form.expectedRank'))}
                <label className="claim-check">
                  <input
                    type="checkbox"
                    checked={draft.withValueOnly}
                    onChange={(e) => set({ withValueOnly: e.target.checked })}
                  />
                  {t('form.withValueOnly')}
                </label>
              </>
            )}
            {draft.kind === 'value' && (
              <>
                {benchmarkSelect}
                {number('expected', t('form.expectedValue'))}
                {number('tolerance', t('form.toleranceValue'))}
              </>
            )}
            {draft.kind === 'none' && text('missing', true)}
            {problems.length > 0 && (
              <div role="alert" className="claim-problems">
                <p>{t('form.problems')}</p>
                <ul>
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </div>
            )}
            <div className="dialog-buttons">
              <button type="submit">{t('form.save')}</button>
              <Dialog.Close asChild>
                <button type="button">{t('form.cancel')}</button>
              </Dialog.Close>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
