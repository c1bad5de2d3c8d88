// The tags every event offers; reviewers add their own by typing any other #word.

export const builtInNoteTags = [
  { tag: 'learning', label: 'Learning' },
  { tag: 'goodpractice', label: 'Good practice' },
  { tag: 'systemic', label: 'Systemic' },
  { tag: 'question', label: 'Question' },
  { tag: 'voiceofchild', label: 'Voice of the child' },
  { tag: 'family', label: 'Family' },
  { tag: 'action', label: 'Action' },
] as const;

/** Tags whose notes are the child's or family's own words: sent to the report as block quotes. */
export const ownWordsTags: readonly string[] = ['voiceofchild', 'family'];

/**
 * A letter, then letters, digits, hyphens and underscores, lower-cased: "#VoiceOfChild" and
 * "#voiceofchild" are one tag; "#1" is a number, not a tag.
 */
export const noteTagPattern = /(^|[\s,;])#(\p{L}[\p{L}\p{N}_-]*)/gu;

export function normaliseTag(tag: string): string {
  return tag.replace(/^#/, '').trim().toLowerCase();
}

export function tagLabel(tag: string): string {
  return builtInNoteTags.find((item) => item.tag === tag)?.label ?? `#${tag}`;
}
