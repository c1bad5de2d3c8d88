import { useId, useState } from 'react';
import { formatChronologyDate } from '../../core/chronology/chronology-csv';
import type { ChronologyDate } from '../../core/chronology/chronology-date';
import { parseChronologyDate } from '../../core/chronology/parse-chronology-date';

interface EntryDateFieldProps {
  value: ChronologyDate;
  readOnly?: boolean;
  onCommit: (date: ChronologyDate) => void;
}

// The entry's date as typed in a chronology (14/06/2020, June 2020, c. 2019, with a time):
// saved when the reviewer leaves the field, refused with the reason if it is not a date.
export function EntryDateField({ value, readOnly = false, onCommit }: EntryDateFieldProps) {
  const id = useId();
  const shown = `${formatChronologyDate(value)}${value.time ? ` ${value.time}` : ''}`;
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function commit() {
    if (text === null) return;
    const parsed = parseChronologyDate(text);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    setText(null);
    onCommit(parsed.value);
  }

  return (
    <div className="field">
      <label htmlFor={id}>Date</label>
      <input
        id={id}
        value={text ?? shown}
        readOnly={readOnly}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
        aria-invalid={error !== null}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className={error ? 'error' : 'hint'}>
        {error ?? 'Day first (14/06/2020), or a month (June 2020) or year; “c.” for approximate; a time may follow.'}
      </p>
    </div>
  );
}
