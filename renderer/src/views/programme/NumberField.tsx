import { useId, useState } from 'react';
import { useTypingGesture } from '../../state/typing-gesture';
import { useProgrammeT } from './i18n';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  integer?: boolean;
  /** Called with a valid value only; an invalid draft shows a message and changes nothing. */
  onCommit: (value: number) => void;
}

/**
 * A spinbutton whose typed draft is checked (a number, whole if required, within [min, max]) before
 * it reaches the scenario; while invalid, the message names the field and the scenario is unchanged. Typing until
 * Enter or blur is one gesture: its commits are one undo step.
 */
export function NumberField({ label, value, min, max, step = 1, integer = false, onCommit }: Props) {
  const t = useProgrammeT();
  const id = useId();
  const [draft, setDraft] = useState<{ text: string; for: number } | null>(null);
  const typing = useTypingGesture();
  const text = draft && draft.for === value ? draft.text : String(value);
  const problem = (() => {
    if (text.trim() === '' || Number.isNaN(Number(text))) return t('number.notNumber', { label });
    const n = Number(text);
    if (integer && !Number.isInteger(n)) return t('number.integer', { label });
    if (n < min || n > max) return t('number.range', { label, min, max });
    return null;
  })();
  return (
    <span className="programme-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => {
          const next = e.target.value;
          const n = Number(next);
          const valid =
            next.trim() !== '' && !Number.isNaN(n) && (!integer || Number.isInteger(n)) && n >= min && n <= max;
          const commit = valid && n !== value;
          // The draft belongs to the value it will show once committed ("1." stays "1." while 1 is applied).
          setDraft({ text: next, for: commit ? n : value });
          if (commit) typing.run(() => onCommit(n));
        }}
        onBlur={typing.end}
        onKeyDown={(e) => e.key === 'Enter' && typing.end()}
      />
      {problem && (
        <span id={`${id}-problem`} role="alert" className="programme-problem">
          {problem}
        </span>
      )}
    </span>
  );
}
