// "The health visitor, Ann Smith, made a referral": a name in apposition, set off by commas after
// the role that already says who it was. Replacing the name with the role gives "The health
// visitor, the health visitor, made…"; the sentence reads right only without the name and its
// commas. Found from the text around the name; the reviewer decides.

/** The span to remove (the name and the commas around it), or null when the name is not in apposition. */
export function appositionSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  const before = text.slice(0, start);
  const after = text.slice(end);
  // After a word, not at the start of a sentence or a list: ", Ann Smith," or ", Ann Smith." at the end.
  if (!/\p{L}\s*,\s+$/u.test(before)) return null;
  const lead = /\s*,\s+$/.exec(before)!;
  if (/^\s*,/.test(after)) return { start: start - lead[0].length, end: end + /^\s*,/.exec(after)![0].length };
  if (/^\s*[.;:)!?]/.test(after) || after.trim() === '') return { start: start - lead[0].length, end };
  return null;
}

/** The text with the name and its commas removed, so the sentence closes over the gap. */
export function withoutApposition(text: string, span: { start: number; end: number }): string {
  const after = text.slice(span.end);
  const joiner = /^[\s.;:)!?]/.test(after) || after === '' ? '' : ' ';
  return text.slice(0, span.start) + joiner + after;
}
