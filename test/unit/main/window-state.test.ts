import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  MIN_WINDOW_SIZE,
  fitWindowStateToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  saveWindowStateSync,
} from '../../../src/main/window-state';
import type { Rect } from '../../../src/main/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads a valid state', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1000,"height":700,"isMaximized":true}')).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      isMaximized: true,
    });
  });

  it.each([
    '',
    'not json',
    '{"width":1000,', // a file cut short
    'null',
    '[]',
    '42',
    '"text"',
    '{}',
    '{"width":"1000","height":700}',
    '{"width":1000}',
    '{"width":-5,"height":700}',
    '{"width":0,"height":700}',
    '{"width":1e999,"height":700}',
    '{"width":1000,"height":700,"isMaximized":"yes"}',
  ])('refuses corrupt content %j', (text) => {
    expect(parseWindowState(text)).toBeUndefined();
  });

  it('drops a half position, rounds, and enforces the minimum size', () => {
    expect(parseWindowState('{"x":10,"width":100.4,"height":99.6}')).toEqual({
      width: MIN_WINDOW_SIZE.width,
      height: MIN_WINDOW_SIZE.height,
      isMaximized: false,
    });
    expect(parseWindowState('{"x":10.6,"y":"20","width":1000.4,"height":700.5}')).toEqual({
      width: 1000,
      height: 701,
      isMaximized: false,
    });
  });
});

describe('fitWindowStateToDisplays', () => {
  it('keeps a window that fits where it was', () => {
    const state = { x: 100, y: 50, width: 1000, height: 700, isMaximized: false };
    expect(fitWindowStateToDisplays(state, [laptop, monitorOnRight])).toEqual(state);
  });

  it('keeps a window on a second display', () => {
    const state = { x: 2000, y: 100, width: 1200, height: 900, isMaximized: false };
    expect(fitWindowStateToDisplays(state, [laptop, monitorOnRight])).toEqual(state);
  });

  it('centres a window whose display has been unplugged on the primary display, clamped to it', () => {
    const state = { x: 2000, y: 100, width: 2400, height: 1300, isMaximized: false };
    expect(fitWindowStateToDisplays(state, [laptop])).toEqual({ width: 1440, height: 875, isMaximized: false });
  });

  it('centres a window that is entirely off-screen', () => {
    const state = { x: -5000, y: -5000, width: 800, height: 600, isMaximized: false };
    expect(fitWindowStateToDisplays(state, [laptop])).toEqual({ width: 800, height: 600, isMaximized: false });
  });

  it('clamps a size bigger than any display and pulls the window fully onto it', () => {
    const state = { x: 1400, y: 800, width: 5000, height: 4000, isMaximized: true };
    expect(fitWindowStateToDisplays(state, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875, isMaximized: true });
  });

  it('pulls a window hanging off an edge back onto the display it mostly covers', () => {
    const state = { x: 1200, y: 500, width: 1000, height: 700, isMaximized: false };
    expect(fitWindowStateToDisplays(state, [laptop])).toEqual({ x: 440, y: 175, width: 1000, height: 700, isMaximized: false });
  });

  it('returns the state unchanged when no display is known', () => {
    const state = { x: 1, y: 2, width: 1000, height: 700, isMaximized: false };
    expect(fitWindowStateToDisplays(state, [])).toEqual(state);
  });
});

describe('loading and saving', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cspr-window-state-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('falls back to the defaults when the file is missing or corrupt', async () => {
    const file = join(dir, 'window-state.json');
    expect(loadWindowState(file, [laptop])).toEqual({ ...DEFAULT_WINDOW_STATE, width: 1280, height: 800 });
    await writeFile(file, '{"x":10,"y":');
    expect(loadWindowState(file, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('clamps the defaults to a small screen', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 720 };
    expect(loadWindowState(join(dir, 'none.json'), [small])).toEqual({ width: 1024, height: 720, isMaximized: false });
  });

  it('round-trips a state through the file, atomically', async () => {
    const file = join(dir, 'window-state.json');
    const state = { x: 100, y: 50, width: 1000, height: 700, isMaximized: true };
    await saveWindowState(file, state);
    expect(loadWindowState(file, [laptop])).toEqual(state);
    saveWindowStateSync(file, { ...state, isMaximized: false });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ isMaximized: false });
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });
});
