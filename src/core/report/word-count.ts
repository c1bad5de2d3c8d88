// Words as a reader counts them: runs of letters or digits, with apostrophes and hyphens inside
// a word ("child's", "multi-agency") and numbers such as 3.2 or 14/02/2021 counting once.
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|(?<=\p{N})[.,/:]\p{N}+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  wordPattern.lastIndex = 0;
  while (wordPattern.exec(text) !== null) count += 1;
  return count;
}
