import { useId, useState } from 'react';
import { useTypingGesture } from '../../state/typing-gesture';
import { useProgrammeT } from './i18n';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date input whose incomplete or cleared value is held back with a message instead of reaching the scenario.
 * Typing until Enter or blur is one undo step (the year's digits pass through several valid dates).
 */
export function DateField({ label, value, onCommit }: { label: string; value: string; onCommit: (v: string) => void }) {
  const t = useProgrammeT();
  const id = useId();
  const [draft, setDraft] = useState<{ text: string; for: string } | null>(null);
  const typing = useTypingGesture();
  const text = draft && draft.for === value ? draft.text : value;
  const valid = ISO_DATE.test(text);
  return (
    <span className="programme-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={text}
        aria-invalid={!valid}
        onChange={(e) => {
          const v = e.target.value;
          setDraft(ISO_DATE.test(v) ? null : { text: v, for: value });
          if (ISO_DATE.test(v) && v !== value) typing.run(() => onCommit(v));
        }}
        onBlur={typing.end}
        onKeyDown={(e) => e.key === 'Enter' && typing.end()}
      />
      {!valid && (
        <span role="alert" className="programme-problem">
          {t('number.date', { label })}
        </span>
      )}
    </span>
  );
}
