import { describe, expect, it } from 'vitest';
import type { ChronologyEntry } from '../../../../src/core/chronology/chronology-entry';
import type { KeyPracticeEpisode } from '../../../../src/core/chronology/key-practice-episode';
import { earliestDay, latestDay, precisionOf } from '../../../../src/core/chronology/chronology-date';
import {
  dayAtX,
  describeTimelineMark,
  fullRange,
  layoutTimeline,
  minimumSpanDays,
  panRange,
  prepareTimeline,
  rangeAround,
  rangeBetween,
  rangeSpanDays,
  zoomRange,
  type TimelineClusterMark,
  type TimelineEntryMark,
  type TimelineLayout,
  type TimelineRange,
} from '../../../../src/core/chronology/timeline-layout';
import { addDays, parseIsoDate } from '../../../../src/core/dates/iso-date';

let counter = 0;
function entry(date: string, overrides: Partial<ChronologyEntry> = {}): ChronologyEntry {
  counter += 1;
  return {
    id: `e${counter}`,
    caseId: 'c',
    date,
    precision: precisionOf(date),
    approximate: false,
    time: null,
    agency: 'Police',
    source: '',
    role: '',
    text: 'Something happened',
    outcome: '',
    analysis: '',
    episodeIds: [],
    origin: null,
    sequence: counter,
    sortKey: '',
    ...overrides,
  };
}

function episode(id: string, from: string, to: string, order: number): KeyPracticeEpisode {
  return { id, caseId: 'c', title: `Episode ${id}`, from, to, description: '', order };
}

const year2021: TimelineRange = { from: '2021-01-01', to: '2021-12-31' };

function layout(entries: readonly ChronologyEntry[], range: TimelineRange, width: number, episodes: KeyPracticeEpisode[] = []): TimelineLayout {
  return layoutTimeline({ entries, episodes, range, width });
}

const singles = (result: TimelineLayout) => result.marks.filter((mark): mark is TimelineEntryMark => mark.kind === 'entry');
const clusters = (result: TimelineLayout) => result.marks.filter((mark): mark is TimelineClusterMark => mark.kind === 'cluster');
const markFor = (result: TimelineLayout, id: string) => singles(result).find((mark) => mark.entry.id === id);

describe('timeline lanes', () => {
  it('gives each agency one lane, in en-GB alphabetical order, whether or not it has entries in view', () => {
    const entries = [
      entry('2021-03-01', { agency: 'School' }),
      entry('2021-03-02', { agency: 'police' }),
      entry('2021-03-03', { agency: 'Ambulance service' }),
      entry('2021-03-04', { agency: 'Police ' }),
      entry('2019-01-01', { agency: 'Children’s social care' }),
      entry('2021-03-05', { agency: 'Ambulance service' }),
    ];
    const result = layout(entries, { from: '2021-03-01', to: '2021-03-31' }, 600);
    expect(result.lanes.map((lane) => lane.label)).toEqual(['Ambulance service', 'Children’s social care', 'police', 'Police', 'School']);
    expect(result.lanes.map((lane) => lane.index)).toEqual([0, 1, 2, 3, 4]);
    const ambulance = singles(result).filter((mark) => mark.lane === 0);
    expect(ambulance).toHaveLength(2);
  });

  it('names the lane of entries with no agency', () => {
    const result = layout([entry('2021-03-01', { agency: '  ' })], year2021, 365);
    expect(result.lanes).toEqual([{ agency: '', label: 'Agency not recorded', index: 0 }]);
  });
});

describe('placing entries', () => {
  // 365 pixels for 365 days: one pixel a day, 1 January at 0.
  const entries = [
    entry('2021-03-14', { id: 'day' }),
    entry('2021-03', { id: 'month' }),
    entry('2021', { id: 'year' }),
    entry('2021-02', { id: 'february', agency: 'School' }),
  ];
  const result = layout(entries, year2021, 365);

  it('puts a day entry at the middle of its day, as a point', () => {
    expect(markFor(result, 'day')).toMatchObject({ tier: 'day', x: 72.5, x0: 72.5, x1: 72.5 });
  });

  it('draws a month-only entry as a bar over the whole month', () => {
    expect(markFor(result, 'month')).toMatchObject({ tier: 'month', x0: 59, x1: 90 });
    expect(markFor(result, 'february')).toMatchObject({ tier: 'month', x0: 31, x1: 59 });
  });

  it('draws a year-only entry as a bar over the whole year', () => {
    expect(markFor(result, 'year')).toMatchObject({ tier: 'year', x0: 0, x1: 365 });
  });

  it('cuts a bar that reaches outside the range to the edge of the plot', () => {
    const march = layout(entries, { from: '2021-03-10', to: '2021-03-19' }, 100);
    expect(markFor(march, 'month')).toMatchObject({ x0: 0, x1: 100 });
    expect(markFor(march, 'year')).toMatchObject({ x0: 0, x1: 100 });
  });

  it('returns only the entries that overlap the visible range', () => {
    const list = [
      entry('2021-01-20', { id: 'january' }),
      entry('2021-03-01', { id: 'first-of-march' }),
      entry('2021-03-31', { id: 'last-of-march' }),
      entry('2021-04-01', { id: 'april' }),
      entry('2021-02', { id: 'february' }),
      entry('2021-03', { id: 'march' }),
      entry('2021', { id: 'year' }),
      entry('2020', { id: 'last-year' }),
    ];
    const march = layout(list, { from: '2021-03-01', to: '2021-03-31' }, 310);
    expect(
      singles(march)
        .map((mark) => mark.entry.id)
        .sort(),
    ).toEqual(['first-of-march', 'last-of-march', 'march', 'year']);
    expect(march.visibleEntryCount).toBe(4);
  });

  it('spans exactly the days earliestDay and latestDay give, through leap years and century rules', () => {
    const daysFrom = (a: string, b: string) => Math.round((parseIsoDate(b).getTime() - parseIsoDate(a).getTime()) / 86_400_000);
    const dates = ['1900', '1900-02', '2000', '2000-02', '2023-02', '2024', '2024-02', '2024-12', '2024-02-29', '2025-12-31'];
    for (const date of dates) {
      const range = { from: addDays(earliestDay(date), -10), to: addDays(latestDay(date), 10) };
      const result = layout([entry(date, { id: date })], range, rangeSpanDays(range));
      const mark = markFor(result, date)!;
      expect([date, mark.x0, mark.x1]).toEqual([date, ...(date.length === 10 ? [10.5, 10.5] : [10, daysFrom(range.from, latestDay(date)) + 1])]);
    }
  });

  it('leaves out entries whose date cannot be read rather than failing', () => {
    const unreadable = ['2021-02-30', '2021-13', '20x1', '2021-00', '2021-4-01', ''].map((date) => entry(date));
    const result = layout([...unreadable, entry('2021-03-01', { id: 'good' })], year2021, 365);
    expect(singles(result).map((mark) => mark.entry.id)).toEqual(['good']);
  });

  it('spreads a busy day’s entries across the day when zoomed in, in time order', () => {
    const day = [
      entry('2021-03-14', { id: 'late', time: '23:40' }),
      entry('2021-03-14', { id: 'untimed' }),
      entry('2021-03-14', { id: 'morning', time: '09:00' }),
    ];
    const week = layout(day, { from: '2021-03-10', to: '2021-03-16' }, 700);
    expect(singles(week).map((mark) => [mark.entry.id, Math.round(mark.x)])).toEqual([
      ['untimed', 417],
      ['morning', 450],
      ['late', 483],
    ]);
  });
});

describe('clustering crowded points', () => {
  it('gathers points within a few pixels in one lane into one mark with a count', () => {
    // 100 pixels for the year: the nine days of the crowd fall within about 2.5 pixels.
    const crowd = Array.from({ length: 12 }, (_, i) => entry(addDays('2021-03-01', Math.floor((i * 8) / 11))));
    const far = entry('2021-10-01', { id: 'far' });
    const result = layout([...crowd, far], year2021, 100);
    const [cluster] = clusters(result);
    expect(clusters(result)).toHaveLength(1);
    expect(cluster).toMatchObject({ count: 12, from: '2021-03-01', to: '2021-03-09', tier: 'day', sameDate: false });
    expect(cluster!.entries.map((e) => e.id)).toEqual(crowd.map((e) => e.id));
    expect(markFor(result, 'far')).toBeDefined();
    expect(describeTimelineMark(cluster!, 'Police')).toBe('Police, 12 entries from 1 March 2021 to 9 March 2021');
  });

  it('keeps points apart when they are further apart than the cluster distance', () => {
    const result = layout([entry('2021-03-01'), entry('2021-03-05'), entry('2021-03-09')], year2021, 365);
    expect(clusters(result)).toHaveLength(0);
    expect(singles(result)).toHaveLength(3);
  });

  it('never gathers entries from different lanes', () => {
    const result = layout([entry('2021-03-01', { agency: 'Police' }), entry('2021-03-01', { agency: 'School' })], year2021, 365);
    expect(singles(result).map((mark) => mark.lane)).toEqual([0, 1]);
  });

  it('gathers month-only entries of the same month into one bar, told apart from a zoomable cluster', () => {
    const result = layout([entry('2021-03'), entry('2021-03'), entry('2021-03')], year2021, 365);
    const [bar] = clusters(result);
    expect(bar).toMatchObject({ tier: 'month', count: 3, x0: 59, x1: 90, sameDate: true, from: '2021-03-01', to: '2021-03-31' });
    expect(describeTimelineMark(bar!, 'Police')).toBe('Police, 3 entries dated March 2021');
  });

  it('says “on” for a cluster of one day', () => {
    const result = layout([entry('2021-03-14'), entry('2021-03-14')], year2021, 365);
    expect(describeTimelineMark(clusters(result)[0]!, 'GP')).toBe('GP, 2 entries on 14 March 2021');
  });
});

describe('describing a mark', () => {
  it('names the agency, the date as recorded and the first 80 characters of the text', () => {
    const text = 'Officers attended the family home after a neighbour reported shouting; the children were seen and spoken to.';
    const result = layout([entry('2021-03-14', { text })], year2021, 365);
    expect(describeTimelineMark(result.marks[0]!, 'Police')).toBe(`Police, 14 March 2021: ${text.slice(0, 80).trimEnd()}…`);
  });

  it('gives time, month-only and approximate dates as recorded', () => {
    const result = layout(
      [entry('2021-03-14', { time: '23:40', text: 'Call' }), entry('2021-05', { approximate: true, text: 'Move' }), entry('2021', { text: '  ' })],
      year2021,
      365,
    );
    expect(result.marks.map((mark) => describeTimelineMark(mark, 'Housing')).sort()).toEqual([
      'Housing, 14 March 2021 at 23:40: Call',
      'Housing, 2021: no text recorded',
      'Housing, about May 2021: Move',
    ]);
  });
});

describe('episode bands', () => {
  it('shades each visible episode, cut to the plot, with overlapping episodes on separate title rows', () => {
    const episodes = [
      episode('b', '2021-03-01', '2021-03-31', 1),
      episode('a', '2021-02-15', '2021-03-10', 0),
      episode('c', '2021-04-01', '2021-04-30', 2),
      episode('gone', '2020-01-01', '2020-02-01', 3),
      episode('wide', '2020-06-01', '2022-06-01', 4),
    ];
    const result = layout([], year2021, 365, episodes);
    expect(result.bands.map(({ id, x0, x1, row }) => ({ id, x0, x1, row }))).toEqual([
      { id: 'a', x0: 45, x1: 69, row: 1 },
      { id: 'b', x0: 59, x1: 90, row: 2 },
      { id: 'c', x0: 90, x1: 120, row: 1 },
      { id: 'wide', x0: 0, x1: 365, row: 0 },
    ]);
    expect(result.bandRows).toBe(3);
    expect(result.bands[0]).toMatchObject({ title: 'Episode a', from: '2021-02-15', to: '2021-03-10' });
  });

  it('keeps an episode’s row whatever the zoom', () => {
    const episodes = [episode('a', '2021-01-01', '2021-01-31', 0), episode('b', '2021-01-20', '2021-02-20', 1)];
    const zoomed = layout([], { from: '2021-02-01', to: '2021-02-28' }, 280, episodes);
    expect(zoomed.bands.map(({ id, row }) => ({ id, row }))).toEqual([{ id: 'b', row: 1 }]);
    expect(zoomed.bandRows).toBe(2);
  });
});

describe('axis ticks', () => {
  const ticks = (range: TimelineRange, width = 1000) => {
    const result = layout([], range, width);
    return { unit: result.tickUnit, labels: result.ticks.map((tick) => tick.label), first: result.ticks[0] };
  };

  it('marks years across a decade', () => {
    const { unit, labels, first } = ticks({ from: '2014-06-01', to: '2024-05-31' });
    expect(unit).toBe('year');
    expect(labels).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(first!.iso).toBe('2015-01-01');
  });

  it('marks every fifth or tenth year when the decades are squeezed', () => {
    expect(ticks({ from: '1990-01-01', to: '2029-12-31' }, 600).labels).toEqual(['1990', '1995', '2000', '2005', '2010', '2015', '2020', '2025']);
    expect(ticks({ from: '1950-01-01', to: '2029-12-31' }, 600).labels).toEqual(['1950', '1960', '1970', '1980', '1990', '2000', '2010', '2020']);
  });

  it('marks months across a year, as “Mar 2021”', () => {
    const { unit, labels } = ticks(year2021);
    expect(unit).toBe('month');
    expect(labels).toEqual([
      'Jan 2021',
      'Feb 2021',
      'Mar 2021',
      'Apr 2021',
      'May 2021',
      'Jun 2021',
      'Jul 2021',
      'Aug 2021',
      'Sep 2021',
      'Oct 2021',
      'Nov 2021',
      'Dec 2021',
    ]);
  });

  it('marks quarters across two years, on the calendar quarters', () => {
    expect(ticks({ from: '2020-02-10', to: '2022-02-09' }).labels).toEqual([
      'Apr 2020',
      'Jul 2020',
      'Oct 2020',
      'Jan 2021',
      'Apr 2021',
      'Jul 2021',
      'Oct 2021',
      'Jan 2022',
    ]);
  });

  it('marks Mondays across a few months, as “14 Mar”', () => {
    const { unit, labels } = ticks({ from: '2021-03-01', to: '2021-04-30' });
    expect(unit).toBe('week');
    expect(labels.slice(0, 4)).toEqual(['1 Mar', '8 Mar', '15 Mar', '22 Mar']);
    expect(labels).toHaveLength(9);
  });

  it('marks days when zoomed to a fortnight', () => {
    const { unit, labels } = ticks({ from: '2021-03-10', to: '2021-03-16' });
    expect(unit).toBe('day');
    expect(labels).toEqual(['10 Mar', '11 Mar', '12 Mar', '13 Mar', '14 Mar', '15 Mar', '16 Mar']);
  });

  it('places ticks at the start of their period, on the calendar quarters when months are tight', () => {
    const result = layout([], year2021, 365);
    expect(result.ticks.map((tick) => [tick.label, tick.x])).toEqual([
      ['Jan 2021', 0],
      ['Apr 2021', 90],
      ['Jul 2021', 181],
      ['Oct 2021', 273],
    ]);
  });
});

describe('ranges, zoom and pan', () => {
  it('spans the entries from earliest to latest day, with a little padding', () => {
    const range = fullRange([entry('2021-03-14'), entry('2019-06'), entry('2022')]);
    // 1 June 2019 to 31 December 2022, padded by 2% of that (26 days) each side.
    expect(range).toEqual({ from: '2019-05-06', to: '2023-01-26' });
    expect(fullRange([])).toBeNull();
  });

  it('shows at least a week around a single entry', () => {
    const range = fullRange([entry('2021-03-14')])!;
    expect(rangeSpanDays(range)).toBe(minimumSpanDays);
    expect(range.from <= '2021-03-14' && range.to >= '2021-03-14').toBe(true);
  });

  it('zooms in and out about the middle', () => {
    const inward = zoomRange(year2021, 2, '2021-07-02');
    expect(inward).toEqual({ from: '2021-04-02', to: '2021-10-01' });
    // 365 days halve to 183 (whole days), which double back to 366.
    expect(zoomRange(inward, 0.5, '2021-07-02')).toEqual({ from: '2021-01-01', to: '2022-01-01' });
    expect(zoomRange(year2021, 1, '2021-07-02')).toEqual(year2021);
  });

  it('keeps the day under the pointer where it is', () => {
    const width = 1000;
    const x = 250;
    const day = dayAtX(year2021, width, x);
    const zoomed = zoomRange(year2021, 4, day);
    expect(rangeSpanDays(zoomed)).toBe(91);
    expect(dayAtX(zoomed, width, x)).toBe(day);
  });

  it('stops zooming in at a week', () => {
    const zoomed = zoomRange({ from: '2021-03-01', to: '2021-03-31' }, 100, '2021-03-16');
    expect(rangeSpanDays(zoomed)).toBe(minimumSpanDays);
    expect(zoomed).toEqual({ from: '2021-03-13', to: '2021-03-19' });
  });

  it('centres a zoom on a day outside the range', () => {
    expect(zoomRange(year2021, 2, '2023-01-01')).toEqual({ from: '2022-10-02', to: '2023-04-02' });
  });

  it('refuses a zoom factor that is not a positive number', () => {
    expect(() => zoomRange(year2021, 0, '2021-07-02')).toThrow(RangeError);
    expect(() => zoomRange(year2021, Number.NaN, '2021-07-02')).toThrow(RangeError);
  });

  it('pans by whole days, keeping the length', () => {
    expect(panRange(year2021, 10)).toEqual({ from: '2021-01-11', to: '2022-01-10' });
    expect(panRange(year2021, -31)).toEqual({ from: '2020-12-01', to: '2021-11-30' });
    expect(panRange(year2021, 2.6)).toEqual({ from: '2021-01-04', to: '2022-01-03' });
  });

  it('gives a range exactly as asked, or a range around a cluster with a margin', () => {
    expect(rangeBetween('2021-03-31', '2021-03-01')).toEqual({ from: '2021-03-01', to: '2021-03-31' });
    expect(rangeBetween('2021-03-14', '2021-03-14')).toEqual({ from: '2021-03-11', to: '2021-03-17' });
    expect(rangeAround('2021-03-01', '2021-03-21')).toEqual({ from: '2021-02-27', to: '2021-03-23' });
  });

  it('reads the day under a pixel', () => {
    expect(dayAtX(year2021, 365, 0)).toBe('2021-01-01');
    expect(dayAtX(year2021, 365, 72.5)).toBe('2021-03-14');
    expect(dayAtX(year2021, 365, 9999)).toBe('2021-12-31');
  });
});

describe('20,000 entries', () => {
  const agencies = ['Police', 'School', 'Health visiting', 'GP', 'Children’s social care', 'Housing', 'Probation', 'Ambulance service'];
  let seed = 7;
  const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
  const many = Array.from({ length: 20_000 }, (_, i) => {
    const day = addDays('2016-01-01', Math.floor(random() * 365 * 6));
    const kind = random();
    return entry(kind < 0.9 ? day : kind < 0.97 ? day.slice(0, 7) : day.slice(0, 4), { agency: agencies[i % agencies.length]! });
  });

  it('draws far fewer marks than entries, accounting for every entry', () => {
    const range = fullRange(many)!;
    const result = layout(many, range, 1000);
    expect(result.lanes).toHaveLength(8);
    expect(result.visibleEntryCount).toBe(20_000);
    expect(result.marks.length).toBeLessThan(4_000);
    const counted = result.marks.reduce((sum, mark) => sum + (mark.kind === 'cluster' ? mark.count : 1), 0);
    expect(counted).toBe(20_000);
  });

  it('can be indexed a slice at a time, and then lays out as if indexed at once', () => {
    const copy = [...many];
    const preparation = prepareTimeline(copy);
    let steps = 1;
    while (!preparation.step(() => true)) steps += 1;
    expect(steps).toBeGreaterThan(10);
    expect(prepareTimeline(copy).step(() => true)).toBe(true);
    const range = { from: '2018-01-01', to: '2018-12-31' };
    expect(layout(copy, range, 800)).toEqual(layout(many, range, 800));
  });

  it('draws only what is in view when zoomed to a month', () => {
    const result = layout(many, { from: '2019-03-01', to: '2019-03-31' }, 1000);
    const counted = result.marks.reduce((sum, mark) => sum + (mark.kind === 'cluster' ? mark.count : 1), 0);
    expect(counted).toBe(result.visibleEntryCount);
    expect(result.visibleEntryCount).toBeLessThan(1_500);
    expect(result.marks.length).toBeLessThan(result.visibleEntryCount);
  });
});
