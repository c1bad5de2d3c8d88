import type { PointerEvent as ReactPointerEvent } from 'react';

interface PanelSplitterProps {
  width: number;
  min: number;
  max: number;
  onResize: (width: number) => void;
}

// The edge between the report and the review column: dragged, or moved with the arrow keys (the
// ARIA window splitter pattern), it makes the column wider or narrower.
export function PanelSplitter({ width, min, max, onResize }: PanelSplitterProps) {
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)));
  const startDrag = (event: ReactPointerEvent<HTMLDivElement>) => {
    const startX = event.clientX;
    const startWidth = width;
    const move = (moving: PointerEvent) => onResize(clamp(startWidth + (startX - moving.clientX)));
    const stop = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', stop);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', stop);
  };
  return (
    <div
      className="panel-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Width of the anonymisation check"
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={startDrag}
      onKeyDown={(event) => {
        if (event.key === 'ArrowLeft') onResize(clamp(width + 32));
        else if (event.key === 'ArrowRight') onResize(clamp(width - 32));
        else if (event.key === 'Home') onResize(max);
        else if (event.key === 'End') onResize(min);
        else return;
        event.preventDefault();
      }}
    />
  );
}
