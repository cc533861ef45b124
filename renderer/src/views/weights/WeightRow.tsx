import * as Slider from '@radix-ui/react-slider';
import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newGesture, type Gesture } from '../../state/scenario-store';
import { startSliderDrag } from './slider-drag';

const WEIGHT_MIN = 0;
const WEIGHT_MAX = 100;

interface Props {
  /** The criterion (its benchmark id), passed back to `onChange`. */
  id: string;
  name: string;
  weight: number;
  /** Normalized weight (0–1), null when the criterion is not used, undefined when there is none (no evaluation). */
  normalized: number | null | undefined;
  /** A new raw weight of criterion `id`, as part of `gesture`: the edits of one gesture are one undo step. */
  onChange(id: string, weight: number, gesture: Gesture): void;
  /** The share's texts, translated once for every row: "normalized" (after the name) and "not used". */
  shareTexts: ShareTexts;
}

export interface ShareTexts {
  normalized: string;
  unused: string;
}

const clamp = (v: number) => Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, Math.round(v)));
/** A raw weight as the field shows it: to two decimals (a derived weight such as 100 × 0.2708… is not typed). */
const shown = (w: number) => String(Number(w.toFixed(2)));

/**
 * One criterion: its name, a slider and a number field for the raw weight, and the normalized share. Gestures
 * (one undo step each): a slider drag from pointer down to up; a key press on the slider (a held key's
 * auto-repeat belongs to its press); typing into the field until Enter or blur. A step of another slider changes
 * only the share here: the controls (memoized) are not rendered again.
 */
export const WeightRow = memo(function WeightRow({ id, name, weight, normalized, onChange, shareTexts }: Props) {
  return (
    <div className="weight-row">
      <WeightControls id={id} name={name} weight={weight} onChange={onChange} />
      <WeightShare name={name} normalized={normalized} texts={shareTexts} />
    </div>
  );
});

/** The share, rendered at every step of any slider: no hooks, its texts come translated from the table. */
function WeightShare({ name, normalized, texts }: Pick<Props, 'name' | 'normalized'> & { texts: ShareTexts }) {
  return (
    <span className="weight-share" aria-label={`${name} ${texts.normalized}`}>
      {normalized === undefined ? '—' : normalized === null ? texts.unused : `${(normalized * 100).toFixed(1)}%`}
    </span>
  );
}

/** The name, the slider and the number field of one criterion (the first three cells of its row). */
const WeightControls = memo(function WeightControls({
  id,
  name,
  weight,
  onChange,
}: Omit<Props, 'normalized' | 'shareTexts'>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(shown(weight));
  // A new weight from outside (undo, a paste, the other control) replaces the draft, during render
  // (https://react.dev/learn/you-might-not-need-an-effect#adjusting-some-state-when-a-prop-changes).
  const [drafted, setDrafted] = useState(weight);
  if (weight !== drafted) {
    setDrafted(weight);
    setDraft(shown(weight));
  }
  const slide = useRef<Gesture | null>(null);
  const typing = useRef<Gesture | null>(null);
  const typed = (value: number) => onChange(id, value, (typing.current ??= newGesture()));
  const commitDraft = () => {
    const value = Number(draft);
    const valid = draft.trim() !== '' && Number.isFinite(value);
    if (valid && draft !== shown(weight) && clamp(value) !== weight) typed(clamp(value));
    else setDraft(shown(weight));
    typing.current = null;
  };
  return (
    <>
      <span className="weight-name">{name}</span>
      <Slider.Root
        className="slider"
        min={WEIGHT_MIN}
        max={WEIGHT_MAX}
        step={1}
        value={[weight]}
        // Both run before Radix's own handlers, so the gesture exists when the value changes.
        onPointerDown={() => {
          slide.current = newGesture();
          startSliderDrag();
        }}
        onKeyDown={(e) => {
          if (!e.repeat) slide.current = newGesture();
        }}
        onValueChange={([v]) => onChange(id, v, (slide.current ??= newGesture()))}
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
            typed(Math.round(value));
        }}
        onBlur={commitDraft}
        onKeyDown={(e) => e.key === 'Enter' && commitDraft()}
      />
    </>
  );
});
