import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { formatChronologyDate } from '../../core/chronology/chronology-csv';
import type { ChronologyEntry } from '../../core/chronology/chronology-entry';

interface ChronologyTableProps {
  entries: readonly ChronologyEntry[];
  duplicates: ReadonlyMap<string, string[]>;
  episodeTitles: ReadonlyMap<string, string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const rowHeight = 56;

// The merged chronology, one row per entry, virtualised: only the rows on screen are in the DOM,
// so 20,000 entries scroll as smoothly as 20. Arrow keys move the selection.
export function ChronologyTable({ entries, duplicates, episodeTitles, selectedId, onSelect }: ChronologyTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not use the React Compiler
  const virtualizer = useVirtualizer({ count: entries.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 12 });
  const selectedIndex = selectedId === null ? -1 : entries.findIndex((entry) => entry.id === selectedId);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    let next: number | null = null;
    if (event.key in moves) next = Math.max(0, Math.min(entries.length - 1, (selectedIndex < 0 ? 0 : selectedIndex) + moves[event.key]!));
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = entries.length - 1;
    if (next === null || entries.length === 0) return;
    event.preventDefault();
    onSelect(entries[next]!.id);
  }

  return (
    <div className="chronology-table" role="grid" aria-label="Chronology entries" aria-rowcount={entries.length + 1}>
      <div className="chronology-row chronology-head" role="row" aria-rowindex={1}>
        <span role="columnheader">Date</span>
        <span role="columnheader">Agency</span>
        <span role="columnheader">Role and source</span>
        <span role="columnheader">What happened</span>
        <span role="columnheader">Analysis</span>
      </div>
      <div ref={scrollRef} className="chronology-scroll" tabIndex={0} onKeyDown={onKeyDown} aria-label="Entries: use the arrow keys to move between them">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index]!;
            const linked = duplicates.get(entry.id);
            return (
              <div
                key={entry.id}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={entry.id === selectedId}
                data-entry-id={entry.id}
                className={`chronology-row ${entry.id === selectedId ? 'selected' : ''}`}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: rowHeight, transform: `translateY(${item.start}px)` }}
                onClick={() => onSelect(entry.id)}
              >
                <span role="gridcell" className="entry-date">
                  {formatChronologyDate(entry)}
                  {entry.time && <span className="hint"> {entry.time}</span>}
                  {entry.precision !== 'day' && <span className="precision-tag">{entry.precision === 'month' ? 'month only' : 'year only'}</span>}
                </span>
                <span role="gridcell" className="entry-agency">
                  {entry.agency}
                </span>
                <span role="gridcell" className="entry-role">
                  {entry.role}
                  {entry.source && <span className="hint"> · {entry.source}</span>}
                </span>
                <span role="gridcell" className="entry-text" title={entry.text}>
                  {entry.text}
                  {entry.outcome && <span className="hint"> → {entry.outcome}</span>}
                  {linked && <span className="duplicate-tag"> Possible duplicate ({linked.length})</span>}
                  {entry.episodeIds.map((id) => (
                    <span key={id} className="episode-tag">
                      {episodeTitles.get(id)}
                    </span>
                  ))}
                </span>
                <span role="gridcell" className="entry-analysis">
                  {entry.analysis}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
