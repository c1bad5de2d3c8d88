// The chronology timeline as geometry: a lane per agency, every entry placed in pixels along a
// visible date range, key practice episodes as shaded bands and an axis labelled the UK way.
// Pure arithmetic so the picture can be tested without a browser, and fast enough to run on
// every pan and zoom with 20,000 entries: the entries are indexed once per array (sorted per
// lane and tier), so a layout only binary-searches and walks what is on screen, and crowded
// points are gathered into one mark with a count, so the SVG never holds a node per entry.

import { precisionOf, type DatePrecision } from './chronology-date';
import type { ChronologyEntry } from './chronology-entry';
import type { KeyPracticeEpisode } from './key-practice-episode';
import { parseIsoDate } from '../dates/iso-date';
import { formatLongUkDate, ukMonthNames } from '../dates/format-uk-date';

/** ISO days, both inclusive. */
export interface TimelineRange {
  from: string;
  to: string;
}

export interface TimelineLane {
  /** The agency as the entries name it, trimmed. */
  agency: string;
  /** What the lane is called on screen. */
  label: string;
  index: number;
}

interface TimelineMarkBase {
  /** Stable across layouts of the same data, for React keys and focus. */
  key: string;
  lane: number;
  /** 'day' marks are points; 'month' and 'year' marks are bars over the whole period. */
  tier: DatePrecision;
  /** Pixels from the left of the plot: the centre, and the visible extent (equal for a point). */
  x: number;
  x0: number;
  x1: number;
}

export interface TimelineEntryMark extends TimelineMarkBase {
  kind: 'entry';
  entry: ChronologyEntry;
}

export interface TimelineClusterMark extends TimelineMarkBase {
  kind: 'cluster';
  entries: ChronologyEntry[];
  count: number;
  /** First and last day the gathered entries can be. */
  from: string;
  to: string;
  /** Every entry has the same recorded date, so zooming in cannot pull them apart. */
  sameDate: boolean;
}

export type TimelineMark = TimelineEntryMark | TimelineClusterMark;

export interface TimelineBand {
  id: string;
  title: string;
  order: number;
  from: string;
  to: string;
  x0: number;
  x1: number;
  /** Title row, 0 first: episodes overlapping in time get different rows so titles do not collide. */
  row: number;
}

export type TickUnit = 'day' | 'week' | 'month' | 'year';

export interface TimelineTick {
  iso: string;
  x: number;
  label: string;
}

export interface TimelineLayout {
  range: TimelineRange;
  width: number;
  lanes: TimelineLane[];
  marks: TimelineMark[];
  bands: TimelineBand[];
  /** Title rows the episodes need over the whole chronology, whatever is in view. */
  bandRows: number;
  ticks: TimelineTick[];
  tickUnit: TickUnit;
  /** Entries overlapping the range, however many marks they were gathered into. */
  visibleEntryCount: number;
}

export interface TimelineLayoutInput {
  entries: readonly ChronologyEntry[];
  episodes: readonly KeyPracticeEpisode[];
  range: TimelineRange;
  /** Width of the plot in pixels, lane labels excluded. */
  width: number;
  /**
   * Points closer than this to the first of a run are drawn as one mark; 3 px unless given. A
   * renderer whose marks are wider passes their width, so no two marks overlap.
   */
  clusterDistance?: number;
}

/** Points this close (in pixels) to the first of a run are drawn as one mark, by default. */
export const clusterPixels = 3;
/** Zooming stops at a week: enough to spread a busy day's entries apart. */
export const minimumSpanDays = 7;
/** Zooming out stops at a century. */
export const maximumSpanDays = 36_525;

// The longest a month or year bar can be, so a binary search by start day can find every bar
// that began before the range but reaches into it.
const longestSpan: Record<DatePrecision, number> = { day: 1, month: 31, year: 366 };
const shortMonths = ukMonthNames.map((name) => name.slice(0, 3));
const agencyOrder = new Intl.Collator('en-GB');

// Days since 1 January 1970 (Howard Hinnant's civil-day arithmetic). Entries are indexed by the
// ten thousand, so dates are read digit by digit, with no regular expressions, Date objects or
// intermediate strings.
function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function isoOfDay(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

/** The number written by `count` digits of `text` from `at`; NaN if any is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN; // Also past the end, where charCodeAt gives NaN.
    value = value * 10 + digit;
  }
  return value;
}

const firstOfMonthAfter = (year: number, month: number) => (month === 12 ? civilDay(year + 1, 1, 1) : civilDay(year, month + 1, 1));

/**
 * The first and last day a chronology date can be ("2020-06-14", "2020-06" or "2020"), as
 * earliestDay and latestDay give them; false when it names no real day, month or year.
 */
function readSpan(date: string, out: { start: number; end: number }): boolean {
  const year = digits(date, 0, 4);
  if (Number.isNaN(year)) return false;
  if (date.length === 4) {
    out.start = civilDay(year, 1, 1);
    out.end = civilDay(year + 1, 1, 1) - 1;
    return true;
  }
  if ((date.length !== 7 && date.length !== 10) || date.charCodeAt(4) !== 45) return false;
  const month = digits(date, 5, 2);
  if (!(month >= 1 && month <= 12)) return false;
  const first = civilDay(year, month, 1);
  const last = firstOfMonthAfter(year, month) - 1;
  if (date.length === 7) {
    out.start = first;
    out.end = last;
    return true;
  }
  const day = digits(date, 8, 2);
  if (date.charCodeAt(7) !== 45 || !(day >= 1 && day <= last - first + 1)) return false;
  out.start = out.end = first + day - 1;
  return true;
}

/** Days since 1 January 1970 of an ISO day; throws RangeError for anything else. */
function dayNumber(iso: string): number {
  const span = { start: 0, end: 0 };
  if (iso.length === 10 && readSpan(iso, span)) return span.start;
  parseIsoDate(iso); // Throws, with the app's usual message.
  throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
}

const firstDay = dayNumber('0001-01-01');
const lastDay = dayNumber('9999-12-31');

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

// ---------------------------------------------------------------------------------------------
// The index: built once per entries array (a new array means new data), so zooming and panning
// never re-parse 20,000 dates.

interface IndexedEntry {
  entry: ChronologyEntry;
  start: number;
  end: number;
  /** Day and time as one number, for a quick sort: untimed entries come first in their day. */
  order: number;
}

/** One lane's entries of one precision, in date order. */
interface TierIndex {
  items: IndexedEntry[];
  /** The same entries, so a cluster's list is one slice rather than a loop. */
  entries: ChronologyEntry[];
  /** For each day entry: where its day's entries begin, and how many there are. */
  dayFirst: Int32Array;
  dayCount: Int32Array;
}

interface LaneIndex {
  agency: string;
  label: string;
  tiers: Record<DatePrecision, TierIndex>;
}

interface LaneLists {
  agency: string;
  lists: Record<DatePrecision, IndexedEntry[]>;
}

interface TimelineIndex {
  lanes: LaneIndex[];
  /** Earliest and latest day of any entry; NaN when no entry has a readable date. */
  first: number;
  last: number;
}

const indexes = new WeakMap<readonly ChronologyEntry[], TimelineIndex>();

function laneLabel(agency: string): string {
  return agency === '' ? 'Agency not recorded' : agency;
}

/** Minutes after midnight, -1 when untimed; an unreadable time sorts last in its day. */
function minuteOf(time: string | null): number {
  if (time === null) return -1;
  const minutes = digits(time, 0, 2) * 60 + digits(time, 3, 2);
  return minutes >= 0 && minutes < 1440 ? minutes : 1440;
}

// Date order as in the chronology table: by day, untimed before timed, then import order.
function byPosition(a: IndexedEntry, b: IndexedEntry): number {
  return a.order - b.order || a.entry.sequence - b.entry.sequence;
}

const tierOfLength = (length: number): DatePrecision => (length === 10 ? 'day' : length === 7 ? 'month' : 'year');

function tierIndex(items: IndexedEntry[]): TierIndex {
  const dayFirst = new Int32Array(items.length);
  const dayCount = new Int32Array(items.length);
  for (let first = 0; first < items.length;) {
    let next = first + 1;
    while (next < items.length && items[next]!.start === items[first]!.start) next += 1;
    dayFirst.fill(first, first, next);
    dayCount.fill(next - first, first, next);
    first = next;
  }
  return { items, entries: items.map((item) => item.entry), dayFirst, dayCount };
}

/** Entries read between pauses when indexing a slice at a time: a few milliseconds' work. */
const entriesPerStep = 2_000;

// The index is built by a generator that pauses now and then, so a UI can spread the work over
// several tasks (prepareTimeline) while everything else simply runs it through (indexFor).
function* indexSteps(entries: readonly ChronologyEntry[]): Generator<void, TimelineIndex> {
  const byAgency = new Map<string, LaneLists>();
  // Agencies as written, untrimmed, so the common case needs no trim.
  const byRawAgency = new Map<string, LaneLists>();
  const unsorted = new Set<IndexedEntry[]>();
  const span = { start: 0, end: 0 };
  let first = Number.NaN;
  let last = Number.NaN;
  for (let i = 0; i < entries.length; i += 1) {
    if (i % entriesPerStep === entriesPerStep - 1) yield;
    const entry = entries[i]!;
    // An unreadable date cannot be placed; the table still shows the entry.
    if (!readSpan(entry.date, span)) continue;
    let lane = byRawAgency.get(entry.agency);
    if (!lane) {
      const agency = entry.agency.trim();
      lane = byAgency.get(agency);
      if (!lane) {
        lane = { agency, lists: { day: [], month: [], year: [] } };
        byAgency.set(agency, lane);
      }
      byRawAgency.set(entry.agency, lane);
    }
    const item: IndexedEntry = { entry, start: span.start, end: span.end, order: span.start * 1442 + minuteOf(entry.time) + 1 };
    const list = lane.lists[tierOfLength(entry.date.length)];
    // Entries usually arrive in date order already; sort only the lists that need it.
    const previous = list[list.length - 1];
    if (previous && byPosition(previous, item) > 0) unsorted.add(list);
    list.push(item);
    if (!(span.start >= first)) first = span.start;
    if (!(span.end <= last)) last = span.end;
  }
  for (const list of unsorted) {
    yield;
    list.sort(byPosition);
  }
  const lanes: LaneIndex[] = [];
  for (const { agency, lists } of [...byAgency.values()].sort((a, b) => agencyOrder.compare(a.agency, b.agency))) {
    yield;
    lanes.push({ agency, label: laneLabel(agency), tiers: { day: tierIndex(lists.day), month: tierIndex(lists.month), year: tierIndex(lists.year) } });
  }
  return { lanes, first, last };
}

function indexFor(entries: readonly ChronologyEntry[]): TimelineIndex {
  let index = indexes.get(entries);
  if (!index) {
    const steps = indexSteps(entries);
    let step = steps.next();
    while (!step.done) step = steps.next();
    index = step.value;
    indexes.set(entries, index);
  }
  return index;
}

export interface TimelinePreparation {
  /** Works until `enough()` says stop or the index is built; true once it is. */
  step(enough: () => boolean): boolean;
}

/**
 * Indexes `entries` a slice at a time, for a caller that must not block for long (a UI thread
 * with 20,000 entries): call step() from successive tasks until it returns true, after which
 * fullRange and layoutTimeline use the index at once. Without it they index on first use.
 */
export function prepareTimeline(entries: readonly ChronologyEntry[]): TimelinePreparation {
  const steps = indexes.has(entries) ? null : indexSteps(entries);
  let done = steps === null;
  return {
    step(enough) {
      while (!done && steps) {
        const step = steps.next();
        if (step.done) {
          if (!indexes.has(entries)) indexes.set(entries, step.value);
          done = true;
        } else if (enough()) {
          break;
        }
      }
      return done;
    },
  };
}

/** The first position whose start is at or after `day`. */
function lowerBound(items: readonly IndexedEntry[], day: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (items[mid]!.start < day) low = mid + 1;
    else high = mid;
  }
  return low;
}

// ---------------------------------------------------------------------------------------------
// Ranges and zoom.

function normalised(range: TimelineRange): { from: number; to: number } {
  const a = dayNumber(range.from);
  const b = dayNumber(range.to);
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

function rangeOfDays(from: number, span: number): TimelineRange {
  const start = clamp(from, firstDay, lastDay - span + 1);
  return { from: isoOfDay(start), to: isoOfDay(start + span - 1) };
}

/** Days shown, both ends included. */
export function rangeSpanDays(range: TimelineRange): number {
  const { from, to } = normalised(range);
  return to - from + 1;
}

// Widened to the minimum span about its middle, so a single-day range is still a readable week.
function widened(from: number, to: number, pad: number): TimelineRange {
  let start = from - pad;
  let span = to + pad - start + 1;
  if (span < minimumSpanDays) {
    start -= Math.floor((minimumSpanDays - span) / 2);
    span = minimumSpanDays;
  }
  return rangeOfDays(start, Math.min(span, maximumSpanDays));
}

/** Earliest to latest day of any entry, padded a little; null when nothing has a date. */
export function fullRange(entries: readonly ChronologyEntry[]): TimelineRange | null {
  const { first, last } = indexFor(entries);
  if (Number.isNaN(first)) return null;
  return widened(first, last, Math.max(1, Math.round((last - first) * 0.02)));
}

/** Exactly `from`–`to` (ISO days, either order), widened to the minimum span if shorter. */
export function rangeBetween(from: string, to: string): TimelineRange {
  const { from: a, to: b } = normalised({ from, to });
  return widened(a, b, 0);
}

/** A range showing `from`–`to` (ISO days) with a margin either side: for zooming into a cluster. */
export function rangeAround(from: string, to: string): TimelineRange {
  const { from: a, to: b } = normalised({ from, to });
  return widened(a, b, Math.max(1, Math.round((b - a) * 0.1)));
}

/**
 * Zooms in by `factor` (2 shows half as many days; 0.5 twice as many). The day `centreIso`
 * stays where it is on screen, so pass the middle of the range for buttons and the day under
 * the pointer for the wheel; a day outside the range is centred instead.
 */
export function zoomRange(range: TimelineRange, factor: number, centreIso: string): TimelineRange {
  if (!(factor > 0) || !Number.isFinite(factor)) throw new RangeError(`Zoom factor must be a positive number, got ${factor}`);
  const { from, to } = normalised(range);
  const span = to - from + 1;
  const nextSpan = clamp(Math.round(span / factor), minimumSpanDays, maximumSpanDays);
  const anchor = dayNumber(centreIso) + 0.5;
  const inside = anchor >= from && anchor <= to + 1;
  const fraction = inside ? (anchor - from) / span : 0.5;
  return rangeOfDays(Math.round(anchor - fraction * nextSpan), nextSpan);
}

/** Moves the range later by `days` (earlier when negative), keeping its length. */
export function panRange(range: TimelineRange, days: number): TimelineRange {
  const { from, to } = normalised(range);
  return rangeOfDays(from + Math.round(days), to - from + 1);
}

/** The day under pixel `x` of a plot `width` pixels wide. */
export function dayAtX(range: TimelineRange, width: number, x: number): string {
  const { from, to } = normalised(range);
  const span = to - from + 1;
  return isoOfDay(clamp(from + Math.floor((x / Math.max(1, width)) * span), from, to));
}

// ---------------------------------------------------------------------------------------------
// Marks.

interface Scale {
  from: number;
  to: number;
  width: number;
  pixelsPerDay: number;
  clusterDistance: number;
}

const xOf = (scale: Scale, day: number) => (day - scale.from) * scale.pixelsPerDay;
const clampX = (scale: Scale, x: number) => clamp(x, 0, scale.width);

/**
 * The first index in [from, to) where `beyond(i)` holds, for a `beyond` that, once true, stays
 * true. Gallops out from `from` before bisecting, so a short run (the usual case when zoomed
 * in) costs a step or two, and a long one (a crowded lane zoomed out) only its logarithm.
 */
function firstBeyond(from: number, to: number, beyond: (i: number) => boolean): number {
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < to && !beyond(high)) {
    low = high;
    step *= 2;
    high = low + step;
  }
  high = Math.min(high, to);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (beyond(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

// Entries [from, to) of a tier, drawn as one mark. Within a tier the last entry ends last.
function markOf(tier: TierIndex, precision: DatePrecision, from: number, to: number, x0: number, x1: number, lane: number, scale: Scale): TimelineMark {
  const first = tier.items[from]!;
  const last = tier.items[to - 1]!;
  const left = clampX(scale, x0);
  const right = clampX(scale, x1);
  const x = (left + right) / 2;
  if (to - from === 1) return { kind: 'entry', key: first.entry.id, lane, tier: precision, x, x0: left, x1: right, entry: first.entry };
  return {
    kind: 'cluster',
    key: `cluster:${lane}:${precision}:${first.entry.id}`,
    lane,
    tier: precision,
    x,
    x0: left,
    x1: right,
    entries: tier.entries.slice(from, to),
    count: to - from,
    from: isoOfDay(first.start),
    to: isoOfDay(last.end),
    // Sorted by day, so the first and last share a day only if all do.
    sameDate: first.start === last.start,
  };
}

// Day entries are points. A day is many pixels wide when zoomed in, so a day's entries are
// spread across it in time order rather than stacked on one spot that no zoom could separate.
// Positions only grow along the list, so each run of close points is found by a search rather
// than by visiting every entry: the cost follows the marks drawn, not the entries behind them.
function layoutPoints(tier: TierIndex, lane: number, scale: Scale, marks: TimelineMark[]): number {
  const { items, dayFirst, dayCount } = tier;
  const low = lowerBound(items, scale.from);
  const high = lowerBound(items, scale.to + 1);
  const xAt = (i: number) => xOf(scale, items[i]!.start) + (scale.pixelsPerDay * (i - dayFirst[i]! + 0.5)) / dayCount[i]!;
  for (let i = low; i < high;) {
    const x0 = xAt(i);
    const limit = x0 + scale.clusterDistance;
    const next = firstBeyond(i, high, (j) => xAt(j) > limit);
    marks.push(markOf(tier, 'day', i, next, x0, xAt(next - 1), lane, scale));
    i = next;
  }
  return high - low;
}

// Month and year entries are bars over the whole period. Bars of the same period, or starting
// within a few pixels of each other when zoomed far out, are gathered like points.
function layoutBars(tier: TierIndex, precision: DatePrecision, lane: number, scale: Scale, marks: TimelineMark[]): number {
  const { items } = tier;
  // Bars end in the order they start, so the first visible one is found by its end.
  const low = firstBeyond(lowerBound(items, scale.from - longestSpan[precision]), items.length, (i) => items[i]!.end >= scale.from);
  const high = Math.max(low, lowerBound(items, scale.to + 1));
  for (let i = low; i < high;) {
    const start = items[i]!.start;
    const limit = start + scale.clusterDistance / scale.pixelsPerDay;
    const next = firstBeyond(i, high, (j) => items[j]!.start > limit);
    marks.push(markOf(tier, precision, i, next, xOf(scale, start), xOf(scale, items[next - 1]!.end + 1), lane, scale));
    i = next;
  }
  return high - low;
}

// ---------------------------------------------------------------------------------------------
// Episodes.

// Rows are assigned over all episodes by date, not just the visible ones, so an episode keeps
// its row (and the picture its height) as the reviewer pans and zooms.
function layoutBands(episodes: readonly KeyPracticeEpisode[], scale: Scale): { bands: TimelineBand[]; rows: number } {
  const dated: { episode: KeyPracticeEpisode; start: number; end: number }[] = [];
  for (const episode of episodes) {
    try {
      const { from: start, to: end } = normalised({ from: episode.from, to: episode.to });
      dated.push({ episode, start, end });
    } catch {
      // An episode without readable dates cannot be shaded; the episode list still shows it.
    }
  }
  dated.sort((a, b) => a.start - b.start || a.episode.order - b.episode.order);
  const rowEnds: number[] = [];
  const bands: TimelineBand[] = [];
  for (const { episode, start, end } of dated) {
    let row = rowEnds.findIndex((rowEnd) => rowEnd < start);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = end;
    if (end < scale.from || start > scale.to) continue;
    bands.push({
      id: episode.id,
      title: episode.title,
      order: episode.order,
      from: isoOfDay(start),
      to: isoOfDay(end),
      x0: clampX(scale, xOf(scale, start)),
      x1: clampX(scale, xOf(scale, end + 1)),
      row,
    });
  }
  return { bands: bands.sort((a, b) => a.order - b.order), rows: rowEnds.length };
}

// ---------------------------------------------------------------------------------------------
// Axis.

interface TickStep {
  unit: TickUnit;
  count: number;
  days: number;
  /** The least room a label of this kind needs, in pixels. */
  pixels: number;
}

const tickSteps: readonly TickStep[] = [
  { unit: 'day', count: 1, days: 1, pixels: 56 },
  { unit: 'week', count: 1, days: 7, pixels: 56 },
  { unit: 'week', count: 2, days: 14, pixels: 56 },
  { unit: 'month', count: 1, days: 30.44, pixels: 72 },
  { unit: 'month', count: 3, days: 91.3, pixels: 72 },
  { unit: 'month', count: 6, days: 182.6, pixels: 72 },
  ...[1, 2, 5, 10, 20, 50, 100].map((count) => ({ unit: 'year' as const, count, days: 365.25 * count, pixels: 48 })),
];

function tickLabel(unit: TickUnit, iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = shortMonths[Number(iso.slice(5, 7)) - 1]!;
  if (unit === 'year') return String(year);
  if (unit === 'month') return `${month} ${year}`;
  return `${Number(iso.slice(8, 10))} ${month}`;
}

// Tick days sit on a fixed calendar grid (Mondays, whole months, whole years), never on the
// range's first day, so ticks do not jitter as the reviewer pans.
function tickDays(step: TickStep, from: number, to: number): number[] {
  const days: number[] = [];
  if (step.unit === 'day') {
    for (let day = from; day <= to; day += 1) days.push(day);
  } else if (step.unit === 'week') {
    const firstMonday = dayNumber('1970-01-05');
    const stride = 7 * step.count;
    let day = firstMonday + Math.ceil((from - firstMonday) / stride) * stride;
    for (; day <= to; day += stride) days.push(day);
  } else {
    const months = step.unit === 'month' ? step.count : 12 * step.count;
    const start = parseIsoDate(isoOfDay(from));
    let total = start.getUTCFullYear() * 12 + start.getUTCMonth();
    if (start.getUTCDate() !== 1) total += 1;
    total = Math.ceil(total / months) * months;
    for (;;) {
      const year = Math.floor(total / 12);
      if (year > 9999) break;
      const day = dayNumber(`${String(year).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-01`);
      if (day > to) break;
      days.push(day);
      total += months;
    }
  }
  return days;
}

function layoutTicks(scale: Scale): { unit: TickUnit; ticks: TimelineTick[] } {
  const step = tickSteps.find((candidate) => candidate.days * scale.pixelsPerDay >= candidate.pixels) ?? tickSteps[tickSteps.length - 1]!;
  const ticks = tickDays(step, scale.from, scale.to).map((day) => {
    const iso = isoOfDay(day);
    return { iso, x: xOf(scale, day), label: tickLabel(step.unit, iso) };
  });
  return { unit: step.unit, ticks };
}

// ---------------------------------------------------------------------------------------------

/** Everything the timeline draws for `range` at `width` pixels. */
export function layoutTimeline({ entries, episodes, range, width, clusterDistance = clusterPixels }: TimelineLayoutInput): TimelineLayout {
  const index = indexFor(entries);
  const { from, to } = normalised(range);
  const plotWidth = Math.max(1, width);
  const scale: Scale = { from, to, width: plotWidth, pixelsPerDay: plotWidth / (to - from + 1), clusterDistance: Math.max(0, clusterDistance) };
  const marks: TimelineMark[] = [];
  let visibleEntryCount = 0;
  const lanes = index.lanes.map((lane, laneIndex) => {
    visibleEntryCount += layoutBars(lane.tiers.year, 'year', laneIndex, scale, marks);
    visibleEntryCount += layoutBars(lane.tiers.month, 'month', laneIndex, scale, marks);
    visibleEntryCount += layoutPoints(lane.tiers.day, laneIndex, scale, marks);
    return { agency: lane.agency, label: lane.label, index: laneIndex };
  });
  const { unit, ticks } = layoutTicks(scale);
  const { bands, rows } = layoutBands(episodes, scale);
  return {
    range: { from: isoOfDay(from), to: isoOfDay(to) },
    width: plotWidth,
    lanes,
    marks,
    bands,
    bandRows: rows,
    ticks,
    tickUnit: unit,
    visibleEntryCount,
  };
}

// ---------------------------------------------------------------------------------------------
// Words for screen readers and tooltips.

const excerptLength = 80;
// One formatter for every label: toLocaleString builds a new one per call, which is slow across
// thousands of marks.
const countFormat = new Intl.NumberFormat('en-GB');

/** The entry's date as recorded: "14 March 2021 at 23:40", "March 2021", "about 2019". */
export function describeEntryDate(entry: Pick<ChronologyEntry, 'date' | 'approximate' | 'time'>): string {
  const precision = precisionOf(entry.date);
  let text: string;
  if (precision === 'day') text = formatLongUkDate(entry.date);
  else if (precision === 'month') text = `${ukMonthNames[Number(entry.date.slice(5, 7)) - 1] ?? ''} ${entry.date.slice(0, 4)}`;
  else text = entry.date;
  if (entry.time && precision === 'day') text += ` at ${entry.time}`;
  return entry.approximate ? `about ${text}` : text;
}

/** The first 80 characters of an entry's text, on one line. */
export function entryExcerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return 'no text recorded';
  return line.length <= excerptLength ? line : `${line.slice(0, excerptLength).trimEnd()}…`;
}

/** "Police, 14 March 2021: Officers attended…" or "Police, 12 entries from 1 March 2021 to 9 March 2021". */
export function describeTimelineMark(mark: TimelineMark, laneLabel: string): string {
  if (mark.kind === 'entry') return `${laneLabel}, ${describeEntryDate(mark.entry)}: ${entryExcerpt(mark.entry.text)}`;
  const count = `${countFormat.format(mark.count)} entries`;
  const first = mark.entries[0]!;
  if (mark.sameDate && mark.tier !== 'day') return `${laneLabel}, ${count} dated ${describeEntryDate({ date: first.date, approximate: false, time: null })}`;
  if (mark.from === mark.to) return `${laneLabel}, ${count} on ${formatLongUkDate(mark.from)}`;
  return `${laneLabel}, ${count} from ${formatLongUkDate(mark.from)} to ${formatLongUkDate(mark.to)}`;
}
