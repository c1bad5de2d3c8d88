import { useEffect, useRef, useState } from 'react';
import { DebouncedSaver } from './debounced-saver';

// Text typed is saved a moment after the reviewer pauses (or every two seconds while they keep
// typing), at once when they leave the field, when the screen closes, and before the app locks.
const textSaveDelayMs = 400;
const textSaveMaxWaitMs = 2000;

/**
 * A text field over a stored value, saved through the one saver (debounced-saver.ts): after a
 * pause, on leaving the field, when the screen closes and before locking. It follows saves made
 * elsewhere (another tab) unless the reviewer has unsaved typing of their own.
 */
export function useSavedText(stored: string, save: (text: string) => Promise<void> | void) {
  const [text, setText] = useState(stored);
  const [dirty, setDirty] = useState(false);
  const [seenStored, setSeenStored] = useState(stored);
  if (stored !== seenStored) {
    setSeenStored(stored);
    if (!dirty) setText(stored);
  }
  const latest = useRef({ text, save });
  useEffect(() => {
    latest.current = { text, save };
  });
  const saverRef = useRef<DebouncedSaver | null>(null);
  useEffect(() => {
    const saver = new DebouncedSaver(
      async () => {
        await latest.current.save(latest.current.text);
      },
      (status) => {
        if (status.state === 'saved') setDirty(false);
      },
      { delayMs: textSaveDelayMs, maxWaitMs: textSaveMaxWaitMs },
    );
    saverRef.current = saver;
    // Leaving the screen mid-pause still saves what was typed.
    return () => void saver.dispose().catch(() => undefined);
  }, []);
  return {
    value: text,
    onChange: (next: string) => {
      setText(next);
      setDirty(true);
      latest.current.text = next;
      saverRef.current?.markDirty();
    },
    onBlur: () => {
      void saverRef.current?.flush().catch(() => undefined);
    },
  };
}
