import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { calendarMonthWeeks, startOfMonth } from '../../core/dates/calendar-month';
import { formatLongUkDate, ukMonthNames } from '../../core/dates/format-uk-date';
import { addDays, addMonths, todayIso } from '../../core/dates/iso-date';
import { ModalDialog } from './ModalDialog';

interface DatePickerButtonProps {
  /** What the date is for, as in "Choose the target date". */
  label: string;
  value: string | null;
  onPick: (iso: string) => void;
}

const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// A month calendar, Monday first, for picking a date with the mouse or the keyboard (arrows move
// by day and week, Page Up/Down by month, Enter picks). Our own rather than the browser's date
// input, whose day/month order follows the browser's locale, not the reviewer's.
export function DatePickerButton({ label, value, onPick }: DatePickerButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="date-picker-button" onClick={() => setOpen(true)} aria-label={label}>
        <span aria-hidden="true">📅</span> Calendar
      </button>
      {open && (
        <CalendarDialog
          title={label}
          initial={value ?? todayIso()}
          selected={value}
          onPick={(iso) => {
            setOpen(false);
            onPick(iso);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

interface CalendarDialogProps {
  title: string;
  initial: string;
  selected: string | null;
  onPick: (iso: string) => void;
  onClose: () => void;
}

function CalendarDialog({ title, initial, selected, onPick, onClose }: CalendarDialogProps) {
  const [focused, setFocused] = useState(initial);
  const gridRef = useRef<HTMLTableElement>(null);
  const today = todayIso();
  const month = startOfMonth(focused);
  const monthName = `${ukMonthNames[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

  useEffect(() => {
    gridRef.current?.querySelector<HTMLButtonElement>(`button[data-date="${focused}"]`)?.focus();
  }, [focused]);

  function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(focused, -1),
      ArrowRight: () => addDays(focused, 1),
      ArrowUp: () => addDays(focused, -7),
      ArrowDown: () => addDays(focused, 7),
      PageUp: () => addMonths(focused, -1),
      PageDown: () => addMonths(focused, 1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setFocused(move());
  }

  return (
    <ModalDialog title={title} onClose={onClose} className="calendar-dialog">
      <div className="calendar-header">
        <button type="button" onClick={() => setFocused(addMonths(focused, -1))} aria-label="Previous month">
          ‹
        </button>
        <h3 aria-live="polite">{monthName}</h3>
        <button type="button" onClick={() => setFocused(addMonths(focused, 1))} aria-label="Next month">
          ›
        </button>
      </div>
      <table ref={gridRef} className="calendar-grid" role="grid" aria-label={monthName} onKeyDown={onKeyDown}>
        <thead>
          <tr>
            {weekdayNames.map((name) => (
              <th key={name} scope="col" abbr={name}>
                {name.slice(0, 2)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {calendarMonthWeeks(month).map((week) => (
            <tr key={week[0]}>
              {week.map((day) => (
                <td key={day} className={day.slice(0, 7) === month.slice(0, 7) ? undefined : 'other-month'} aria-selected={day === selected}>
                  <button
                    type="button"
                    data-date={day}
                    tabIndex={day === focused ? 0 : -1}
                    aria-label={formatLongUkDate(day)}
                    aria-current={day === today ? 'date' : undefined}
                    className={day === selected ? 'selected' : undefined}
                    onClick={() => onPick(day)}
                  >
                    {Number(day.slice(8))}
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
