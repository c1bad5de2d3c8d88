import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../src/core/report/word-count';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['The review was commissioned.', 4],
    ["The child's multi-agency plan — 3.2 — was agreed", 7],
    ['Kai’s health visitor (HV) saw him on 14/02/2021', 8],
    ['Ça va, naïve café', 4],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
