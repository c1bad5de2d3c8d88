import { memo, startTransition, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FocusEvent, FormEvent, KeyboardEvent, MouseEvent, PointerEvent, ReactElement } from 'react';
import type { ChronologyEntry } from '../../../core/chronology/chronology-entry';
import type { KeyPracticeEpisode } from '../../../core/chronology/key-practice-episode';
import {
  dayAtX,
  describeEntryDate,
  describeTimelineMark,
  entryExcerpt,
  fullRange,
  layoutTimeline,
  maximumSpanDays,
  minimumSpanDays,
  panRange,
  prepareTimeline,
  rangeAround,
  rangeBetween,
  rangeSpanDays,
  zoomRange,
  type TimelineLayout,
  type TimelineMark,
  type TimelineRange,
} from '../../../core/chronology/timeline-layout';
import { formatLongUkDate, formatShortUkDate } from '../../../core/dates/format-uk-date';
import { parseUkDate } from '../../../core/dates/parse-uk-date';
import './chronology-timeline.css';

// The multi-agency chronology as a picture: a lane per agency across time, key practice episodes
// shaded, zoomable to a date range, an entry opened by clicking it. All geometry comes from
// layoutTimeline; this file draws it and turns clicks, keys, drags and the wheel into ranges.
// The plot is drawn from a deferred range, so React renders it in small slices and a zoom over
// 20,000 entries never blocks typing or the buttons.

export interface ChronologyTimelineProps {
  entries: readonly ChronologyEntry[];
  episodes: readonly KeyPracticeEpisode[];
  selectedId: string | null;
  onOpenEntry: (id: string) => void;
}

const labelWidth = 176;
const rightPadding = 16;
const laneHeight = 46;
const bandRowHeight = 18;
const axisHeight = 30;
const dragThreshold = 4;
const pointRadius = 4.5;
const clusterRadius = (count: number) => (count < 10 ? 7 : count < 100 ? 8.5 : 10);
/**
 * Points closer than a point's width are gathered into one mark, rather than the layout's
 * default 3 px: marks then never overlap, each can be clicked, and a 20,000-entry chronology
 * draws few enough nodes to stay smooth.
 */
const markSpacing = 2 * pointRadius + 1;
/** Milliseconds of indexing per task: well inside the 50 ms that makes a task "long". */
const indexSliceMs = 8;
/** How many entries a cluster's list shows; the chronology table has the rest. */
const clusterListLimit = 200;

// Dark enough for 3:1 against the lanes and 4.5:1 under white count text (WCAG 1.4.11, 1.4.3).
// Colour only helps: lanes are told apart by position and label.
const lanePalette = ['#1f5fa8', '#b3541e', '#2e7d32', '#8e2c6f', '#00707a', '#8a6100', '#b0263a', '#5b4ba8', '#4d5b2a', '#495057'] as const;
const laneColour = (lane: number) => lanePalette[lane % lanePalette.length]!;

interface ClusterList {
  key: string;
  title: string;
  entries: ChronologyEntry[];
}

const countFormat = new Intl.NumberFormat('en-GB');
const middleDay = (range: TimelineRange) => dayAtX(range, 2, 1);
const panStep = (range: TimelineRange) => Math.max(1, Math.round(rangeSpanDays(range) / 4));
const sameRange = (a: TimelineRange, b: TimelineRange) => a.from === b.from && a.to === b.to;

/**
 * The entries once indexed for the timeline, or the previous ones (null at first) until then.
 * Indexing 20,000 entries takes a while on a slow computer, so it runs a few milliseconds at a
 * time between other work, and what it shows is drawn as a background (time-sliced) render.
 */
function usePreparedEntries(entries: readonly ChronologyEntry[]): readonly ChronologyEntry[] | null {
  const [prepared, setPrepared] = useState<readonly ChronologyEntry[] | null>(null);
  useEffect(() => {
    const preparation = prepareTimeline(entries);
    let timer = 0;
    const work = () => {
      const until = performance.now() + indexSliceMs;
      if (preparation.step(() => performance.now() > until)) startTransition(() => setPrepared(entries));
      else timer = window.setTimeout(work, 0);
    };
    timer = window.setTimeout(work, 0);
    return () => window.clearTimeout(timer);
  }, [entries]);
  return prepared;
}

export function ChronologyTimeline({ entries, episodes, selectedId, onOpenEntry }: ChronologyTimelineProps) {
  const shownEntries = usePreparedEntries(entries);
  const all = useMemo(() => (shownEntries ? fullRange(shownEntries) : null), [shownEntries]);
  if (!shownEntries || !all) {
    return (
      <section aria-label="Timeline" className="chronology-timeline">
        <p className="timeline-empty">{shownEntries ? 'No dated entries to show on the timeline yet.' : 'Drawing the timeline…'}</p>
      </section>
    );
  }
  return <TimelineView entries={shownEntries} episodes={episodes} selectedId={selectedId} onOpenEntry={onOpenEntry} all={all} />;
}

interface TimelineViewProps extends ChronologyTimelineProps {
  all: TimelineRange;
}

interface Drag {
  pointerId: number;
  startX: number;
  startRange: TimelineRange;
  moved: boolean;
}

function TimelineView({ entries, episodes, selectedId, onOpenEntry, all }: TimelineViewProps) {
  const ids = useId();
  // null means "show all", so new entries widen the view until the reviewer zooms.
  const [zoom, setZoom] = useState<TimelineRange | null>(null);
  const range = zoom ?? all;
  // Unknown until measured, so the first layout is not thrown away; a fixed guess without
  // ResizeObserver.
  const [containerWidth, setContainerWidth] = useState<number | null>(() => (typeof ResizeObserver === 'undefined' ? 960 : null));
  const plotWidth = containerWidth === null ? null : Math.max(160, containerWidth - labelWidth - rightPadding);
  const [draft, setDraft] = useState<{ from: string; to: string } | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [clusterList, setClusterList] = useState<ClusterList | null>(null);

  const containerRef = useRef<HTMLDivElement>(null);
  const dragRef = useRef<Drag | null>(null);
  const suppressClickRef = useRef(false);
  const frameRef = useRef(0);
  const pendingRef = useRef<TimelineRange | null>(null);

  // The first drawing and every later one happen in the background, in slices.
  const shownRange = useDeferredValue<TimelineRange | null>(range, null);
  const shownWidth = useDeferredValue(plotWidth);
  const layout = useMemo(
    () =>
      shownRange && shownWidth !== null ? layoutTimeline({ entries, episodes, range: shownRange, width: shownWidth, clusterDistance: markSpacing }) : null,
    [entries, episodes, shownRange, shownWidth],
  );

  useEffect(() => {
    const element = containerRef.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setContainerWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => () => cancelAnimationFrame(frameRef.current), []);

  // Every change of view goes through here: a typed but unapplied date or an open cluster list
  // belongs to the old view.
  const changeRange = useCallback(
    (update: (current: TimelineRange) => TimelineRange | null) => {
      setZoom((current) => update(current ?? all));
      setDraft(null);
      setDateError(null);
      setClusterList(null);
    },
    [all],
  );

  // React's wheel listener is passive, so Ctrl+wheel (and a trackpad pinch) would zoom the page
  // instead: listen directly.
  useEffect(() => {
    const element = containerRef.current;
    if (!element || plotWidth === null) return;
    const onWheel = (event: WheelEvent) => {
      const x = event.clientX - element.getBoundingClientRect().left - labelWidth;
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        // Firefox reports lines or pages rather than pixels.
        const pixels = event.deltaY * (event.deltaMode === 1 ? 33 : event.deltaMode === 2 ? 400 : 1);
        const factor = Math.exp(-pixels * 0.002);
        changeRange((current) => zoomRange(current, factor, dayAtX(current, plotWidth, x)));
      } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        changeRange((current) => panRange(current, (event.deltaX / plotWidth) * rangeSpanDays(current)));
      }
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [changeRange, plotWidth]);

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    suppressClickRef.current = false;
    if (event.button !== 0) return;
    dragRef.current = { pointerId: event.pointerId, startX: event.clientX, startRange: range, moved: false };
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const drag = dragRef.current;
    if (!drag || drag.pointerId !== event.pointerId || plotWidth === null) return;
    const dx = event.clientX - drag.startX;
    if (!drag.moved) {
      if (Math.abs(dx) < dragThreshold) return;
      drag.moved = true;
      event.currentTarget.setPointerCapture(event.pointerId);
      event.currentTarget.classList.add('is-dragging');
    }
    pendingRef.current = panRange(drag.startRange, (-dx / plotWidth) * rangeSpanDays(drag.startRange));
    // One update per frame, however fast the pointer reports.
    if (frameRef.current === 0) {
      frameRef.current = requestAnimationFrame(() => {
        frameRef.current = 0;
        const next = pendingRef.current;
        if (next) changeRange(() => next);
      });
    }
  }

  function endDrag(event: PointerEvent<HTMLDivElement>) {
    const drag = dragRef.current;
    if (!drag || drag.pointerId !== event.pointerId) return;
    dragRef.current = null;
    if (drag.moved) {
      suppressClickRef.current = true;
      event.currentTarget.classList.remove('is-dragging');
    }
  }

  // A drag that ends over a mark must not also open it.
  function onClickCapture(event: MouseEvent<HTMLDivElement>) {
    if (!suppressClickRef.current) return;
    suppressClickRef.current = false;
    event.stopPropagation();
  }

  const activateMark = useCallback(
    (mark: TimelineMark, laneLabel: string) => {
      if (mark.kind === 'entry') {
        onOpenEntry(mark.entry.id);
        return;
      }
      const target = rangeAround(mark.from, mark.to);
      // Bars of one month, or entries crowding one day at the closest zoom, stay together
      // however far in the reviewer zooms, so list them instead.
      const zoomHelps = !(mark.sameDate && mark.tier !== 'day') && rangeSpanDays(target) < rangeSpanDays(zoom ?? all);
      if (zoomHelps) changeRange(() => target);
      else setClusterList({ key: mark.key, title: describeTimelineMark(mark, laneLabel), entries: mark.entries });
    },
    [onOpenEntry, changeRange, zoom, all],
  );

  // Back to the mark the list came from, so a keyboard user carries on where they were.
  function closeClusterList() {
    const key = clusterList?.key;
    setClusterList(null);
    if (key) containerRef.current?.querySelector<SVGElement>(`[data-mark="${CSS.escape(key)}"]`)?.focus();
  }

  function applyDates(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft) return;
    const from = parseUkDate(draft.from);
    const to = parseUkDate(draft.to);
    if (!from.ok) setDateError(`Timeline from: ${from.message}`);
    else if (!to.ok) setDateError(`Timeline to: ${to.message}`);
    else if (from.iso > to.iso) setDateError('The “Timeline from” date is after the “Timeline to” date.');
    else changeRange(() => rangeBetween(from.iso, to.iso));
  }

  const span = rangeSpanDays(range);
  const fromText = draft?.from ?? formatShortUkDate(range.from);
  const toText = draft?.to ?? formatShortUkDate(range.to);
  const errorId = `${ids}-date-error`;

  return (
    <section aria-label="Timeline" className="chronology-timeline">
      <div className="timeline-controls">
        <div className="toolbar" role="group" aria-label="Move and zoom the timeline">
          <button type="button" onClick={() => changeRange((current) => panRange(current, -panStep(current)))}>
            <span aria-hidden="true">← </span>Earlier
          </button>
          {/* aria-disabled rather than disabled, so a button does not drop focus at the limit. */}
          <button type="button" onClick={() => changeRange((current) => zoomRange(current, 2, middleDay(current)))} aria-disabled={span <= minimumSpanDays}>
            Zoom in
          </button>
          <button type="button" onClick={() => changeRange((current) => zoomRange(current, 0.5, middleDay(current)))} aria-disabled={span >= maximumSpanDays}>
            Zoom out
          </button>
          <button type="button" onClick={() => changeRange((current) => panRange(current, panStep(current)))}>
            Later<span aria-hidden="true"> →</span>
          </button>
          <button type="button" onClick={() => changeRange(() => null)} aria-disabled={zoom === null}>
            Show all
          </button>
        </div>
        <form className="timeline-dates" onSubmit={applyDates} noValidate>
          <label htmlFor={`${ids}-from`}>Timeline from</label>
          <input
            id={`${ids}-from`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder="dd/mm/yyyy"
            value={fromText}
            onChange={(event) => setDraft({ from: event.target.value, to: toText })}
            aria-invalid={dateError?.startsWith('Timeline from') ?? false}
            aria-describedby={dateError ? errorId : undefined}
          />
          <label htmlFor={`${ids}-to`}>Timeline to</label>
          <input
            id={`${ids}-to`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder="dd/mm/yyyy"
            value={toText}
            onChange={(event) => setDraft({ from: fromText, to: event.target.value })}
            aria-invalid={dateError?.startsWith('Timeline to') ?? false}
            aria-describedby={dateError ? errorId : undefined}
          />
          <button type="submit">Show dates</button>
        </form>
      </div>
      {dateError && (
        <p id={errorId} className="error timeline-date-error" role="alert">
          {dateError}
        </p>
      )}
      <p className="timeline-status" role="status">
        {formatLongUkDate(range.from)} to {formatLongUkDate(range.to)}
        {layout && shownRange && sameRange(shownRange, range)
          ? `: ${countFormat.format(layout.visibleEntryCount)} of ${countFormat.format(entries.length)} ${entries.length === 1 ? 'entry' : 'entries'}`
          : ''}
      </p>
      <div
        ref={containerRef}
        className="timeline-canvas"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onClickCapture={onClickCapture}
      >
        {layout ? <TimelinePlot layout={layout} selectedId={selectedId} onActivate={activateMark} /> : <p className="timeline-empty">Drawing the timeline…</p>}
      </div>
      <p className="timeline-hint">Drag the timeline or use Earlier and Later to move through time; hold Ctrl and scroll to zoom.</p>
      {clusterList && <ClusterEntries key={clusterList.key} list={clusterList} onOpenEntry={onOpenEntry} onClose={closeClusterList} />}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

interface TimelinePlotProps {
  layout: TimelineLayout;
  selectedId: string | null;
  onActivate: (mark: TimelineMark, laneLabel: string) => void;
}

interface Geometry {
  headerHeight: number;
  lanesBottom: number;
  height: number;
}

function geometryOf(layout: TimelineLayout): Geometry {
  const headerHeight = Math.max(1, layout.bandRows) * bandRowHeight + 6;
  const lanesBottom = headerHeight + layout.lanes.length * laneHeight;
  return { headerHeight, lanesBottom, height: lanesBottom + axisHeight };
}

const laneTop = (geometry: Geometry, lane: number) => geometry.headerHeight + lane * laneHeight;
const barTop = (mark: TimelineMark) => (mark.tier === 'year' ? 4 : 16);
const barHeight = 10;
const pointCentre = 34;

/** Where a bar is drawn: a pixel in from each end, so one month's bar does not run into the next. */
function barBox(mark: TimelineMark): { x: number; width: number } {
  const width = mark.x1 - mark.x0;
  const inset = width > 6 ? 1 : 0;
  return { x: mark.x0 + inset, width: Math.max(3, width - 2 * inset) };
}

/** A label cut to the characters that fit in `pixels` (at roughly 7 px a character). */
function fitted(text: string, pixels: number): string {
  const room = Math.floor(pixels / 7);
  if (text.length <= room) return text;
  return room < 4 ? '' : `${text.slice(0, room - 1).trimEnd()}…`;
}

// The picture, redrawn only when the layout or the selection changes. Which mark has focus or
// the pointer lives here, beside the marks, so moving focus does not redraw thousands of them.
const TimelinePlot = memo(function TimelinePlot({ layout, selectedId, onActivate }: TimelinePlotProps) {
  const [active, setActive] = useState<{ key: string; focused: boolean } | null>(null);
  const geometry = useMemo(() => geometryOf(layout), [layout]);
  const width = labelWidth + layout.width + rightPadding;
  const marksByKey = useMemo(() => new Map(layout.marks.map((mark) => [mark.key, mark])), [layout]);
  // One component per lane, so React can pause between lanes while drawing in the background.
  const marksByLane = useMemo(() => {
    const lanes: TimelineMark[][] = layout.lanes.map(() => []);
    for (const mark of layout.marks) lanes[mark.lane]?.push(mark);
    return lanes;
  }, [layout]);
  // Only the lane holding the selected entry is told of it, so a new selection redraws two lanes
  // (the old and the new), not all of them.
  const selectedLane = useMemo(() => {
    if (selectedId === null) return -1;
    const holder = layout.marks.find((mark) => (mark.kind === 'entry' ? mark.entry.id === selectedId : mark.entries.some((entry) => entry.id === selectedId)));
    return holder ? holder.lane : -1;
  }, [layout, selectedId]);
  const activeMark = active ? marksByKey.get(active.key) : undefined;
  const laneLabelOf = (mark: TimelineMark) => layout.lanes[mark.lane]?.label ?? '';

  const markFromEvent = (target: EventTarget): TimelineMark | undefined => {
    const key = target instanceof Element ? target.closest('[data-mark]')?.getAttribute('data-mark') : null;
    return key ? marksByKey.get(key) : undefined;
  };

  // One listener for all marks rather than four closures on each of thousands.
  const handlers = {
    onClick(event: MouseEvent<SVGGElement>) {
      const mark = markFromEvent(event.target);
      if (mark) onActivate(mark, laneLabelOf(mark));
    },
    onKeyDown(event: KeyboardEvent<SVGGElement>) {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const mark = markFromEvent(event.target);
      if (!mark) return;
      event.preventDefault();
      onActivate(mark, laneLabelOf(mark));
    },
    onFocus(event: FocusEvent<SVGGElement>) {
      const mark = markFromEvent(event.target);
      setActive(mark ? { key: mark.key, focused: true } : null);
    },
    onBlur() {
      setActive(null);
    },
    onPointerOver(event: PointerEvent<SVGGElement>) {
      const mark = markFromEvent(event.target);
      if (mark) setActive((current) => (current?.focused ? current : { key: mark.key, focused: false }));
    },
    onPointerOut() {
      setActive((current) => (current?.focused ? current : null));
    },
  };

  const labelOfLayout = `Timeline of ${layout.lanes.length} ${layout.lanes.length === 1 ? 'agency' : 'agencies'} from ${formatLongUkDate(layout.range.from)} to ${formatLongUkDate(layout.range.to)}`;

  return (
    <>
      <svg className="timeline-svg" width={width} height={geometry.height} role="group" aria-label={labelOfLayout}>
        <TimelineBackdrop layout={layout} geometry={geometry} />
        <g transform={`translate(${labelWidth} 0)`}>
          <g {...handlers}>
            {marksByLane.map((marks, lane) => (
              <LaneMarks
                key={layout.lanes[lane]!.agency}
                marks={marks}
                laneLabel={layout.lanes[lane]!.label}
                top={laneTop(geometry, lane)}
                colour={laneColour(lane)}
                selectedId={lane === selectedLane ? selectedId : null}
              />
            ))}
          </g>
          {activeMark && <FocusRing mark={activeMark} geometry={geometry} />}
        </g>
      </svg>
      {activeMark && (
        <div
          className="timeline-tooltip"
          aria-hidden="true"
          style={{
            left: Math.max(0, Math.min(labelWidth + activeMark.x, width - 260)),
            top: laneTop(geometry, activeMark.lane) + laneHeight,
          }}
        >
          {describeTimelineMark(activeMark, laneLabelOf(activeMark))}
        </div>
      )}
    </>
  );
});

// Lanes, episode bands, grid and axis: a few dozen nodes, cheap to redraw.
function TimelineBackdrop({ layout, geometry }: { layout: TimelineLayout; geometry: Geometry }) {
  const { headerHeight, lanesBottom } = geometry;
  return (
    <g aria-hidden="true">
      {layout.lanes.map((lane) => {
        const top = laneTop(geometry, lane.index);
        return (
          <g key={lane.agency} className="timeline-lane">
            <rect
              className={lane.index % 2 === 0 ? 'timeline-lane-bg' : 'timeline-lane-bg is-alternate'}
              x={0}
              y={top}
              width={labelWidth + layout.width + rightPadding}
              height={laneHeight}
            />
            <rect x={8} y={top + laneHeight / 2 - 5} width={10} height={10} rx={2} fill={laneColour(lane.index)} />
            <text className="timeline-lane-label" x={24} y={top + laneHeight / 2} dominantBaseline="central">
              {fitted(lane.label, labelWidth - 32)}
              <title>{lane.label}</title>
            </text>
          </g>
        );
      })}
      <g transform={`translate(${labelWidth} 0)`}>
        {layout.ticks.map((tick) => (
          <line key={tick.iso} className="timeline-grid" x1={tick.x} x2={tick.x} y1={headerHeight} y2={lanesBottom} />
        ))}
        {layout.bands.map((band) => {
          const title = `Episode ${band.order + 1}: ${band.title}`;
          return (
            <g key={band.id} className="timeline-band">
              <rect
                className="timeline-band-shade"
                x={band.x0}
                y={band.row * bandRowHeight + 2}
                width={Math.max(2, band.x1 - band.x0)}
                height={lanesBottom - band.row * bandRowHeight - 2}
              />
              <text className="timeline-band-title" x={band.x0 + 4} y={band.row * bandRowHeight + 14}>
                {fitted(title, band.x1 - band.x0 - 8)}
                <title>{`${title} (${formatLongUkDate(band.from)} to ${formatLongUkDate(band.to)})`}</title>
              </text>
            </g>
          );
        })}
        <line className="timeline-axis" x1={0} x2={layout.width} y1={lanesBottom} y2={lanesBottom} />
        {layout.ticks.map((tick) => (
          <g key={tick.iso} transform={`translate(${tick.x} ${lanesBottom})`}>
            <line className="timeline-axis" y1={0} y2={6} />
            {tick.x < layout.width - 24 && (
              <text className="timeline-tick-label" x={3} y={20}>
                {tick.label}
              </text>
            )}
          </g>
        ))}
      </g>
    </g>
  );
}

// One lane's marks, each a focusable button. The lane's colour is set once on its group and
// inherited; a mark is a single SVG element unless it shows a count, which keeps the DOM, and
// the browser's style work, small with 20,000 entries. A point cluster shows its count only
// when its neighbours leave room; its label always has it.
const LaneMarks = memo(function LaneMarks({ marks, laneLabel, top, colour, selectedId }: LaneMarksProps) {
  return (
    <g fill={colour} stroke={colour}>
      {marks.map((mark, i) => {
        const selected = selectedId !== null && (mark.kind === 'entry' ? mark.entry.id === selectedId : mark.entries.some((entry) => entry.id === selectedId));
        const approximate = mark.kind === 'entry' && mark.entry.approximate;
        const shapeClass = `timeline-shape${selected ? ' is-selected' : ''}${approximate ? ' is-approximate' : ''}`;
        const button = {
          'data-mark': mark.key,
          tabIndex: 0,
          role: 'button',
          'aria-label': describeTimelineMark(mark, laneLabel),
          'aria-current': selected ? ('true' as const) : undefined,
        };
        let count: { x: number; y: number } | null = null;
        let shape: ReactElement;
        if (mark.tier === 'day') {
          const radius = mark.kind === 'cluster' && roomAround(marks, i) >= 2 * clusterRadius(mark.count) + 2 ? clusterRadius(mark.count) : pointRadius;
          if (radius > pointRadius) count = { x: mark.x, y: top + pointCentre };
          shape = <circle key={mark.key} className={shapeClass} cx={mark.x} cy={top + pointCentre} r={radius} {...(count ? {} : button)} />;
        } else {
          const box = barBox(mark);
          if (mark.kind === 'cluster' && box.width >= 28) count = { x: box.x + box.width / 2, y: top + barTop(mark) + barHeight / 2 };
          shape = (
            <rect
              key={mark.key}
              className={shapeClass}
              x={box.x}
              y={top + barTop(mark)}
              width={box.width}
              height={barHeight}
              rx={2}
              {...(count ? {} : button)}
            />
          );
        }
        if (!count || mark.kind !== 'cluster') return shape;
        return (
          <g key={mark.key} className="timeline-mark" {...button}>
            {shape}
            <text className="timeline-count" x={count.x} y={count.y} textAnchor="middle" dominantBaseline="central">
              {mark.count > 99 ? '99+' : mark.count}
            </text>
          </g>
        );
      })}
    </g>
  );
});

interface LaneMarksProps {
  marks: readonly TimelineMark[];
  laneLabel: string;
  top: number;
  colour: string;
  selectedId: string | null;
}

/** Pixels to the nearest other point mark (a lane's marks come sorted by tier, then x). */
function roomAround(marks: readonly TimelineMark[], i: number): number {
  const mark = marks[i]!;
  let room = Number.POSITIVE_INFINITY;
  for (const j of [i - 1, i + 1]) {
    const other = marks[j];
    if (other && other.tier === 'day') room = Math.min(room, Math.abs(other.x - mark.x));
  }
  return room;
}

// Drawn over the marks rather than as a CSS outline, which SVG elements do not all honour.
function FocusRing({ mark, geometry }: { mark: TimelineMark; geometry: Geometry }) {
  const top = laneTop(geometry, mark.lane);
  if (mark.tier === 'day') {
    return (
      <g className="timeline-focus-ring" aria-hidden="true">
        <circle className="timeline-focus-outer" cx={mark.x} cy={top + pointCentre} r={12} />
        <circle className="timeline-focus-inner" cx={mark.x} cy={top + pointCentre} r={9.5} />
      </g>
    );
  }
  const box = barBox(mark);
  return (
    <g className="timeline-focus-ring" aria-hidden="true">
      <rect className="timeline-focus-outer" x={box.x - 5} y={top + barTop(mark) - 5} width={box.width + 10} height={barHeight + 10} rx={4} />
      <rect className="timeline-focus-inner" x={box.x - 2.5} y={top + barTop(mark) - 2.5} width={box.width + 5} height={barHeight + 5} rx={3} />
    </g>
  );
}

// ---------------------------------------------------------------------------------------------

interface ClusterEntriesProps {
  list: ClusterList;
  onOpenEntry: (id: string) => void;
  onClose: () => void;
}

// Entries that zooming cannot pull apart (a month's worth of month-only entries, or a crowded
// day at the closest zoom), listed so each can still be opened.
function ClusterEntries({ list, onOpenEntry, onClose }: ClusterEntriesProps) {
  const headingId = useId();
  const focusOnArrival = useCallback((element: HTMLHeadingElement | null) => element?.focus(), []);
  const shown = list.entries.slice(0, clusterListLimit);
  const hidden = list.entries.length - shown.length;
  return (
    <div
      className="timeline-cluster-list"
      role="region"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <h3 id={headingId} ref={focusOnArrival} tabIndex={-1}>
        {list.title}
      </h3>
      <ul>
        {shown.map((entry) => (
          <li key={entry.id}>
            <button type="button" className="link-button" onClick={() => onOpenEntry(entry.id)}>
              {describeEntryDate(entry)}: {entryExcerpt(entry.text)}
            </button>
          </li>
        ))}
      </ul>
      {hidden > 0 && <p className="hint">And {countFormat.format(hidden)} more: the chronology table lists them all.</p>}
      <button type="button" onClick={onClose}>
        Close list
      </button>
    </div>
  );
}
