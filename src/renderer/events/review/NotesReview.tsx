import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { findingContext, ignoredKey } from '../../../core/anonymise/anonymisation-records';
import type { CaseRecord } from '../../../core/cases/case-record';
import { filterNotes, tagsInUse } from '../../../core/events/filter-notes';
import type { EventNote, NoteTheme, PractitionerEvent } from '../../../core/events/practitioner-event';
import { useDatabase } from '../../data/database-context';
import { useUiStore } from '../../app/ui-store';
import { useCaseChecker } from '../../data/use-case-checker';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { addTheme, deleteNote, deleteTheme, listNotes, listThemes, setNotesTheme, updateNote } from '../../data/event-repository';
import { useEventsUiStore } from '../events-ui-store';
import { NoteView } from '../NoteView';
import { NoteEditor } from './NoteEditor';
import { NoteFilterBar } from './NoteFilterBar';
import { SendToReportDialog } from './SendToReportDialog';

type Row = { kind: 'theme'; key: string; name: string; count: number } | { kind: 'note'; key: string; note: EventNote; number: number };

function rowsFor(notes: readonly EventNote[], numbers: ReadonlyMap<string, number>, themes: readonly NoteTheme[], byTheme: boolean): Row[] {
  const noteRow = (note: EventNote): Row => ({ kind: 'note', key: note.id, note, number: numbers.get(note.id) ?? 0 });
  if (!byTheme) return notes.map(noteRow);
  const groups = [...themes.map((theme) => ({ id: theme.id, name: theme.name })), { id: null, name: 'Not in a theme' }];
  const known = new Set(themes.map((theme) => theme.id));
  return groups.flatMap((group) => {
    const inGroup = notes.filter((note) => (group.id === null ? note.themeId === null || !known.has(note.themeId) : note.themeId === group.id));
    return inGroup.length === 0
      ? []
      : [{ kind: 'theme' as const, key: `theme-${group.id ?? 'none'}`, name: group.name, count: inGroup.length }, ...inGroup.map(noteRow)];
  });
}

// Reviewing an event's notes after the event: filter, edit, group into themes, and send the
// chosen ones to the report.
export function NotesReview({ record, event, readOnly }: { record: CaseRecord; event: PractitionerEvent; readOnly: boolean }) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const id = useId();
  const notes = useLiveQuery(() => listNotes(db, event.id), [db, event.id]);
  const themes = useLiveQuery(() => listThemes(db, record.id), [db, record.id]);
  const { filter, selected, toggleSelected, setSelected, focusNoteId, focusNote } = useEventsUiStore();
  const { checker, ignored } = useCaseChecker(db, record.id);
  const [byTheme, setByTheme] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [themeChoice, setThemeChoice] = useState('');
  const [newTheme, setNewTheme] = useState('');
  const [deleting, setDeleting] = useState<{ note: EventNote; number: number } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const all = useMemo(() => notes ?? [], [notes]);
  const numbers = useMemo(() => new Map(all.map((note, index) => [note.id, index + 1])), [all]);
  const shown = useMemo(() => filterNotes(all, event.attendees, filter), [all, event.attendees, filter]);
  const rows = useMemo(() => rowsFor(shown, numbers, themes ?? [], byTheme), [shown, numbers, themes, byTheme]);
  const tags = useMemo(() => tagsInUse(all), [all]);
  const themeNames = useMemo(() => new Map((themes ?? []).map((theme) => [theme.id, theme.name])), [themes]);
  const attendees = useMemo(() => new Map(event.attendees.map((attendee) => [attendee.id, attendee])), [event.attendees]);
  // Notes are scanned against the register too: they are never published, but their words may be
  // sent to the report. Each text is scanned once per register, not again at every change.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a fresh cache whenever the register or the ignored list changes
  const scanned = useMemo(() => new Map<string, string[]>(), [checker, ignored]);
  const findings = useMemo(() => {
    const found = new Map<string, string[]>();
    if (!checker) return found;
    for (const note of all) {
      let hits = scanned.get(note.text);
      if (!hits) {
        hits = checker
          .check(note.text)
          .filter((finding) => !ignored.has(ignoredKey(finding.text, findingContext(note.text, finding.start, finding.end))))
          .map((finding) => finding.text);
        scanned.set(note.text, hits);
      }
      if (hits.length > 0) found.set(note.id, hits);
    }
    return found;
  }, [checker, ignored, all, scanned]);

  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not use the React Compiler
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 56,
    overscan: 10,
    getItemKey: (index) => rows[index]!.key,
  });

  // A link followed from the report brings its note into view.
  const focusIndex = focusNoteId ? rows.findIndex((row) => row.key === focusNoteId) : -1;
  useEffect(() => {
    if (focusIndex < 0) return;
    virtualizer.scrollToIndex(focusIndex, { align: 'center' });
    const timer = setTimeout(() => scrollRef.current?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(focusNoteId ?? '')}"]`)?.focus(), 50);
    return () => clearTimeout(timer);
  }, [focusIndex, focusNoteId, virtualizer]);

  if (!notes || !themes) return <p className="loading">Opening the notes…</p>;
  const selectedNotes = all.filter((note) => selected.has(note.id));
  const fail = (error: unknown) => announce(error instanceof Error ? error.message : String(error), 'error');

  async function applyTheme() {
    const themeId = themeChoice === 'none' ? null : themeChoice;
    await setNotesTheme(
      db,
      selectedNotes.map((note) => note.id),
      themeId,
    );
    announce(
      `${selectedNotes.length} ${selectedNotes.length === 1 ? 'note' : 'notes'} ${themeId ? `put in “${themeNames.get(themeId)}”` : 'taken out of their theme'}.`,
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="notes-review">
      <h2 id={`${id}-heading`}>Notes</h2>
      <NoteFilterBar attendees={event.attendees} tags={tags} themes={themes} shown={shown.length} total={all.length} />
      <div className="toolbar notes-actions">
        <button type="button" onClick={() => setSelected(shown.map((note) => note.id))} disabled={shown.length === 0}>
          Select all shown
        </button>
        <button type="button" onClick={() => setSelected([])} disabled={selected.size === 0}>
          Clear selection
        </button>
        <span className="hint">{selectedNotes.length} selected</span>
        {!readOnly && (
          <>
            <button type="button" className="primary" disabled={selectedNotes.length === 0} onClick={() => setSending(true)}>
              Send to report…
            </button>
            <label htmlFor={`${id}-theme`}>Theme for the selected notes</label>
            <select id={`${id}-theme`} value={themeChoice} onChange={(change) => setThemeChoice(change.target.value)}>
              <option value="">Choose a theme</option>
              {themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                </option>
              ))}
              <option value="none">No theme</option>
            </select>
            <button type="button" disabled={selectedNotes.length === 0 || themeChoice === ''} onClick={() => void applyTheme().catch(fail)}>
              Apply theme
            </button>
          </>
        )}
        <label className="toggle">
          <input type="checkbox" checked={byTheme} onChange={(change) => setByTheme(change.target.checked)} /> Group by theme
        </label>
      </div>
      {!readOnly && (
        <form
          className="inline-form"
          onSubmit={(submit) => {
            submit.preventDefault();
            void addTheme(db, record.id, newTheme)
              .then((theme) => {
                setNewTheme('');
                setThemeChoice(theme.id);
                announce(`Theme “${theme.name}” added.`);
              })
              .catch(fail);
          }}
        >
          <label htmlFor={`${id}-new-theme`}>New theme</label>
          <input id={`${id}-new-theme`} value={newTheme} onChange={(change) => setNewTheme(change.target.value)} />
          <button type="submit" disabled={newTheme.trim() === ''}>
            Add theme
          </button>
        </form>
      )}
      {themes.length > 0 && (
        <ul className="theme-list" aria-label="Themes">
          {themes.map((theme) => (
            <li key={theme.id}>
              {theme.name}
              {!readOnly && (
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove the theme “${theme.name}”`}
                  onClick={() =>
                    void deleteTheme(db, record.id, theme.id)
                      .then(() => announce(`Theme “${theme.name}” removed; its notes are kept, in no theme.`))
                      .catch(fail)
                  }
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="note-review-list" ref={scrollRef} tabIndex={-1}>
        {rows.length === 0 && (
          <p className="empty">{all.length === 0 ? 'No notes yet: “Take notes” starts the capture screen.' : 'No notes match the filter.'}</p>
        )}
        <ul className="virtual-rows" aria-label="Event notes" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const style = { transform: `translateY(${item.start}px)` };
            if (row.kind === 'theme') {
              return (
                <li key={row.key} className="note-theme-heading" data-index={item.index} ref={virtualizer.measureElement} style={style}>
                  <h3>
                    {row.name} ({row.count})
                  </h3>
                </li>
              );
            }
            const { note, number } = row;
            const found = findings.get(note.id);
            return (
              <li
                key={row.key}
                className={['review-note', focusNoteId === note.id ? 'focused' : ''].join(' ')}
                data-index={item.index}
                data-note-id={note.id}
                ref={virtualizer.measureElement}
                style={style}
                tabIndex={-1}
                onBlur={() => focusNoteId === note.id && focusNote(null)}
              >
                <input type="checkbox" aria-label={`Select note ${number}`} checked={selected.has(note.id)} onChange={() => toggleSelected(note.id)} />
                <div className="review-note-body">
                  {editing === note.id ? (
                    <NoteEditor
                      note={note}
                      number={number}
                      attendees={event.attendees}
                      onCancel={() => setEditing(null)}
                      onSave={(parsed) =>
                        void updateNote(db, note.id, parsed)
                          .then(() => setEditing(null))
                          .catch(fail)
                      }
                    />
                  ) : (
                    <NoteView note={note} attendee={note.attendeeId ? (attendees.get(note.attendeeId) ?? null) : null} number={number} />
                  )}
                  <p className="note-meta">
                    {note.themeId && themeNames.has(note.themeId) && <span className="note-theme">Theme: {themeNames.get(note.themeId)}</span>}
                    {note.sentTo && <span className="note-sent">In the report: {note.sentTo.sectionTitle}</span>}
                    {found && <span className="note-finding">Identifying: {found.map((text) => `“${text}”`).join(', ')}</span>}
                  </p>
                </div>
                {!readOnly && editing !== note.id && (
                  <div className="row-actions">
                    <button type="button" aria-label={`Edit note ${number}`} onClick={() => setEditing(note.id)}>
                      Edit
                    </button>
                    <button type="button" className="danger-quiet" aria-label={`Delete note ${number}`} onClick={() => setDeleting({ note, number })}>
                      Delete
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      {deleting && (
        <ConfirmDialog
          title={`Delete note ${deleting.number}?`}
          confirmLabel="Delete the note"
          danger
          onClose={() => setDeleting(null)}
          onConfirm={() => {
            const { note, number } = deleting;
            void deleteNote(db, note.id)
              .then(() => announce(`Note ${number} deleted.`))
              .catch(fail);
          }}
        >
          <p>
            “{deleting.note.text}” is deleted from the event.{deleting.note.sentTo ? ' What was sent to the report stays there.' : ''}
          </p>
        </ConfirmDialog>
      )}
      {sending && <SendToReportDialog record={record} event={event} notes={selectedNotes} onSent={() => setSelected([])} onClose={() => setSending(false)} />}
    </section>
  );
}
