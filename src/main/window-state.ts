import { readFileSync } from 'node:fs';
import { atomicWriteFile, atomicWriteFileSync } from './files/atomic-write-file';

// The main window's size and position, remembered between sessions. This file is only a
// convenience: anything odd in it (hand edits, a half-written file from an old version, a
// monitor that has since been unplugged) falls back to sensible values rather than an error.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent: let Electron centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  isMaximized: boolean;
}

export const DEFAULT_WINDOW_STATE: Readonly<WindowState> = { width: 1280, height: 800, isMaximized: false };
export const MIN_WINDOW_SIZE = { width: 640, height: 480 } as const;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The saved state, or undefined when the text is not a valid one. */
export function parseWindowState(text: string): WindowState | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { x, y, width, height, isMaximized } = value as Record<string, unknown>;
  if (!isFiniteNumber(width) || !isFiniteNumber(height) || width <= 0 || height <= 0) return undefined;
  if (isMaximized !== undefined && typeof isMaximized !== 'boolean') return undefined;

  const state: WindowState = {
    width: Math.max(MIN_WINDOW_SIZE.width, Math.round(width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.round(height)),
    isMaximized: isMaximized ?? false,
  };
  // A position is only meaningful as a pair.
  if (isFiniteNumber(x) && isFiniteNumber(y)) {
    state.x = Math.round(x);
    state.y = Math.round(y);
  }
  return state;
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Fits a saved state to the displays there are now (their work areas, primary first): the
 * window goes on the display it overlaps most, is no larger than that display, and lies wholly
 * on it. A window on no current display is centred on the primary one.
 */
export function fitWindowStateToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (primary === undefined) return { ...state };

  let target: Rect | undefined;
  if (state.x !== undefined && state.y !== undefined) {
    const saved: Rect = { x: state.x, y: state.y, width: state.width, height: state.height };
    let best = 0;
    for (const area of workAreas) {
      const overlap = overlapArea(saved, area);
      if (overlap > best) {
        best = overlap;
        target = area;
      }
    }
  }

  const display = target ?? primary;
  const width = Math.min(state.width, display.width);
  const height = Math.min(state.height, display.height);
  const fitted: WindowState = { width, height, isMaximized: state.isMaximized };
  if (target !== undefined && state.x !== undefined && state.y !== undefined) {
    fitted.x = Math.min(Math.max(state.x, target.x), target.x + target.width - width);
    fitted.y = Math.min(Math.max(state.y, target.y), target.y + target.height - height);
  }
  return fitted;
}

/** Reads the saved state (synchronously: it is needed before the window exists). */
export function loadWindowState(filePath: string, workAreas: readonly Rect[]): WindowState {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    return fitWindowStateToDisplays({ ...DEFAULT_WINDOW_STATE }, workAreas);
  }
  const saved = parseWindowState(text) ?? { ...DEFAULT_WINDOW_STATE };
  return fitWindowStateToDisplays(saved, workAreas);
}

function serialise(state: WindowState): string {
  const { x, y, width, height, isMaximized } = state;
  return `${JSON.stringify({ x, y, width, height, isMaximized }, null, 2)}\n`;
}

export async function saveWindowState(filePath: string, state: WindowState): Promise<void> {
  await atomicWriteFile(filePath, serialise(state));
}

/** For the moment the window closes, when an asynchronous write might not finish. */
export function saveWindowStateSync(filePath: string, state: WindowState): void {
  atomicWriteFileSync(filePath, serialise(state));
}
