import * as Slider from '@radix-ui/react-slider';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 100;

interface Props {
  name: string;
  weight: number;
  /** Normalized weight (0–1), or null when the criterion is not used. */
  normalized: number | null;
  onChange(weight: number): void;
  /** A slider drag or key press is over (one undo step per gesture). */
  onCommit(): void;
}

const clamp = (v: number) => Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, Math.round(v)));

/** One criterion: its name, a slider and a number field for the raw weight, and the normalized share. */
export function WeightRow({ name, weight, normalized, onChange, onCommit }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(String(weight));
  useEffect(() => setDraft(String(weight)), [weight]);
  const commitDraft = () => {
    const value = Number(draft);
    const valid = draft.trim() !== '' && Number.isFinite(value);
    if (valid && clamp(value) !== weight) onChange(clamp(value));
    else setDraft(String(weight));
    onCommit();
  };
  return (
    <div className="weight-row">
      <span className="weight-name">{name}</span>
      <Slider.Root
        className="slider"
        min={WEIGHT_MIN}
        max={WEIGHT_MAX}
        step={1}
        value={[weight]}
        onValueChange={([v]) => onChange(v)}
        onValueCommit={onCommit}
      >
        <Slider.Track className="slider-track">
          <Slider.Range className="slider-range" />
        </Slider.Track>
        <Slider.Thumb className="slider-thumb" aria-label={name} />
      </Slider.Root>
      <input
        className="weight-input"
        type="number"
        min={WEIGHT_MIN}
        max={WEIGHT_MAX}
        step={1}
        inputMode="numeric"
        aria-label={t('weights.weightOf', { name })}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          const value = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(value) && value >= WEIGHT_MIN && value <= WEIGHT_MAX)
            onChange(Math.round(value));
        }}
        onBlur={commitDraft}
        onKeyDown={(e) => e.key === 'Enter' && commitDraft()}
      />
      <span className="weight-share" aria-label={`${name} ${t('weights.normalized')}`}>
        {normalized === null ? t('weights.unused') : `${(normalized * 100).toFixed(1)}%`}
      </span>
    </div>
  );
}
