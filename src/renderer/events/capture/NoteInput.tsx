import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { localTimestamp } from '../../../core/events/local-timestamp';
import { builtInNoteTags } from '../../../core/events/note-tags';
import { parseNoteInput, tokenAtCaret } from '../../../core/events/parse-note-input';
import { attendeeLabel, type Attendee, type PractitionerEvent } from '../../../core/events/practitioner-event';
import { matchingAttendees } from '../../../core/events/role-shortcuts';
import { useDatabase } from '../../data/database-context';
import { useUiStore } from '../../app/ui-store';
import { addNote, getNoteDraft } from '../../data/event-repository';
import { NoteDraftSaver } from '../../data/note-draft-saver';

interface Suggestion {
  insert: string;
  label: string;
}

interface NoteInputProps {
  event: PractitionerEvent;
  /** Tags already used in the case's notes, offered after the built-in ones. */
  knownTags: readonly string[];
  onAdded: (count: number) => void;
  onLeave: () => void;
}

function suggestionsFor(
  value: string,
  caret: number,
  attendees: readonly Attendee[],
  knownTags: readonly string[],
): { start: number; items: Suggestion[] } | null {
  const token = tokenAtCaret(value, caret);
  if (!token) return null;
  if (token.kind === 'role') {
    const items = matchingAttendees(token.token, attendees).map((attendee) => ({
      insert: `@${attendee.shortcut} `,
      label: `@${attendee.shortcut} ${attendeeLabel(attendee)}`,
    }));
    return items.length > 0 ? { start: token.start, items } : null;
  }
  const wanted = token.token.toLowerCase();
  const tags = [...builtInNoteTags.map((item) => item.tag), ...knownTags.filter((tag) => !builtInNoteTags.some((item) => item.tag === tag))];
  const items = tags.filter((tag) => tag.startsWith(wanted) && tag !== wanted).map((tag) => ({ insert: `#${tag} `, label: `#${tag}` }));
  return items.length > 0 ? { start: token.start, items } : null;
}

/**
 * The capture line: type, Enter, the next note starts. Every keystroke is saved as the event's
 * draft; @ and # offer the attendees and tags (Tab or the arrow keys then Enter to pick one).
 * Only this component re-renders while typing.
 */
export function NoteInput({ event, knownTags, onAdded, onLeave }: NoteInputProps) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const id = useId();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState('');
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(-1);
  const [dismissed, setDismissed] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const startedAt = useRef<string | null>(null);
  const saverRef = useRef<NoteDraftSaver | null>(null);

  // The note that was being typed when the window closed comes back.
  useEffect(() => {
    const saver = new NoteDraftSaver(db, (error) =>
      setSaveError(`The note being typed could not be saved: ${error instanceof Error ? error.message : String(error)}`),
    );
    saverRef.current = saver;
    let cancelled = false;
    void getNoteDraft(db, event.id).then((draft) => {
      if (cancelled || !draft) return;
      startedAt.current = draft.startedAt;
      setValue((current) => (current === '' ? draft.text : current));
      setCaret(draft.text.length);
      setDismissed(true);
    });
    // Hidden, closed, reloaded or locked: the pending saves, this one among them, are flushed.
    return () => {
      cancelled = true;
      void saver.flush().then(() => saver.dispose());
    };
  }, [db, event.id]);

  const suggestions = dismissed ? null : suggestionsFor(value, caret, event.attendees, knownTags);
  const parsed = parseNoteInput(value, event.attendees);
  const speaker = event.attendees.find((attendee) => attendee.id === parsed.attendeeId);

  function change(next: string, at: number) {
    setValue(next);
    setCaret(at);
    setActive(-1);
    setDismissed(false);
    if (next !== '' && startedAt.current === null) startedAt.current = localTimestamp();
    if (next === '') startedAt.current = null;
    saverRef.current?.save({ eventId: event.id, caseId: event.caseId, text: next, startedAt: startedAt.current ?? localTimestamp() });
  }

  function pick(suggestion: Suggestion) {
    if (!suggestions) return;
    const next = value.slice(0, suggestions.start) + suggestion.insert + value.slice(caret).replace(/^\S*\s?/, '');
    const at = suggestions.start + suggestion.insert.length;
    change(next, at);
    requestAnimationFrame(() => inputRef.current?.setSelectionRange(at, at));
  }

  async function commit() {
    const note = parseNoteInput(value, event.attendees);
    if (note.text === '' && note.tags.length === 0) return;
    const at = startedAt.current ?? localTimestamp();
    saverRef.current?.discardPending();
    setValue('');
    setCaret(0);
    startedAt.current = null;
    try {
      const added = await addNote(db, event, note, at);
      onAdded(added.order + 1);
    } catch (error) {
      // Put the words back: nothing typed is lost.
      setValue(value);
      startedAt.current = at;
      announce(`The note could not be saved: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  }

  function onKeyDown(key: KeyboardEvent<HTMLTextAreaElement>) {
    const items = suggestions?.items ?? [];
    if (items.length > 0 && (key.key === 'ArrowDown' || key.key === 'ArrowUp')) {
      key.preventDefault();
      setActive((current) => (key.key === 'ArrowDown' ? (current + 1) % items.length : (current - 1 + items.length) % items.length));
      return;
    }
    if (items.length > 0 && (key.key === 'Tab' || (key.key === 'Enter' && active >= 0))) {
      key.preventDefault();
      pick(items[Math.max(0, active)]!);
      return;
    }
    if (key.key === 'Escape') {
      key.preventDefault();
      if (items.length > 0) setDismissed(true);
      else onLeave();
      return;
    }
    if (key.key === 'Enter' && !key.shiftKey) {
      key.preventDefault();
      void commit();
    }
  }

  return (
    <div className="note-input">
      <label htmlFor={`${id}-note`} className="visually-hidden">
        Note
      </label>
      <textarea
        ref={inputRef}
        id={`${id}-note`}
        className="note-input-box"
        rows={2}
        autoFocus
        spellCheck
        lang="en-GB"
        value={value}
        placeholder="Type a note and press Enter. @ for who said it, # for tags."
        role="combobox"
        aria-expanded={Boolean(suggestions)}
        aria-controls={`${id}-suggestions`}
        aria-autocomplete="list"
        aria-activedescendant={suggestions && active >= 0 ? `${id}-suggestion-${active}` : undefined}
        aria-describedby={`${id}-attribution`}
        onChange={(change_) => change(change_.target.value, change_.target.selectionStart)}
        onSelect={(select) => setCaret(select.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      {suggestions && (
        <ul className="note-suggestions" id={`${id}-suggestions`} role="listbox" aria-label={value[suggestions.start] === '@' ? 'Attendees' : 'Tags'}>
          {suggestions.items.map((item, index) => (
            <li
              key={item.insert}
              id={`${id}-suggestion-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(mouse) => {
                mouse.preventDefault();
                pick(item);
              }}
            >
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <p className="hint" id={`${id}-attribution`}>
        {parsed.unknownRole ? (
          <span className="warning">No attendee has the shortcut @{parsed.unknownRole}: it stays in the text.</span>
        ) : speaker ? (
          `Said by: ${attendeeLabel(speaker)}`
        ) : (
          'Not attributed'
        )}
        {parsed.tags.length > 0 && ` · Tags: ${parsed.tags.map((tag) => `#${tag}`).join(' ')}`}
      </p>
      {saveError && (
        <p role="alert" className="error">
          {saveError}
        </p>
      )}
    </div>
  );
}
