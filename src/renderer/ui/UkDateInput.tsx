import { useId, useState } from 'react';
import { formatLongUkDate, formatShortUkDate } from '../../core/dates/format-uk-date';
import { parseUkDate } from '../../core/dates/parse-uk-date';
import { DatePickerButton } from './DatePickerButton';

interface UkDateInputProps {
  label: string;
  /** ISO date or null (not entered). */
  value: string | null;
  onChange: (iso: string | null) => void;
  /** Told whether the text typed is a date that cannot be read, so a form can refuse to save. */
  onValidityChange?: (invalid: boolean) => void;
  /** Offer a calendar beside the field, with this label ("Choose the target date"). */
  pickerLabel?: string;
}

// A typed, day-first date field (14/02/2021) that reads the same on every computer, whatever
// the browser's locale; the date it understood is spelled out beside it so a slip is seen.
export function UkDateInput({ label, value, onChange, onValidityChange, pickerLabel }: UkDateInputProps) {
  const id = useId();
  const [text, setText] = useState(value ? formatShortUkDate(value) : '');
  const [error, setError] = useState<string | null>(null);
  const parsed = text.trim() === '' ? null : parseUkDate(text);

  function update(next: string) {
    setText(next);
    const result = next.trim() === '' ? null : parseUkDate(next);
    if (result === null) onChange(null);
    else if (result.ok) onChange(result.iso);
    if (result === null || result.ok) setError(null);
    onValidityChange?.(result !== null && !result.ok);
  }

  function pick(iso: string) {
    setText(formatShortUkDate(iso));
    setError(null);
    onChange(iso);
    onValidityChange?.(false);
  }

  function settle() {
    if (parsed?.ok) setText(formatShortUkDate(parsed.iso));
    else if (parsed && !parsed.ok) setError(parsed.message);
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="date-input"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        value={text}
        onChange={(event) => update(event.target.value)}
        onBlur={settle}
        aria-invalid={error !== null}
        aria-describedby={`${id}-feedback`}
      />
      {pickerLabel && <DatePickerButton label={pickerLabel} value={parsed?.ok ? parsed.iso : value} onPick={pick} />}
      <p id={`${id}-feedback`} className={error ? 'error' : 'hint'}>
        {error ?? (parsed?.ok ? formatLongUkDate(parsed.iso) : 'Day first, for example 14/02/2021')}
      </p>
    </div>
  );
}
