import { useEffect, useRef, useState } from 'react';

// Text typed is saved a moment after the reviewer pauses, and at once when they leave the field.
const textSaveDelayMs = 400;

/**
 * A text field over a stored value: it saves after a pause, on leaving the field and when the
 * screen closes, and follows saves made elsewhere (another tab) unless the reviewer has unsaved
 * typing of their own.
 */
export function useSavedText(stored: string, save: (text: string) => void) {
  const [text, setText] = useState(stored);
  const [dirty, setDirty] = useState(false);
  const [seenStored, setSeenStored] = useState(stored);
  if (stored !== seenStored) {
    setSeenStored(stored);
    if (!dirty) setText(stored);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ text, save });
  useEffect(() => {
    latest.current = { text, save };
  });
  const flush = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    latest.current.save(latest.current.text);
    setDirty(false);
  };
  // Leaving the screen mid-pause still saves what was typed.
  useEffect(
    () => () => {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      latest.current.save(latest.current.text);
    },
    [],
  );
  return {
    value: text,
    onChange: (next: string) => {
      setText(next);
      setDirty(true);
      latest.current.text = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, textSaveDelayMs);
    },
    onBlur: () => {
      if (timer.current !== undefined) flush();
    },
  };
}
