// Notes carry the time on the reviewer's clock ("2022-03-14T10:42:05", no zone): it is what they
// saw in the room, and reads the same in every export whatever the summer-time offset.

const pad = (n: number) => String(n).padStart(2, '0');

export function localTimestamp(date: Date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** "10:42" from a note's timestamp. */
export function timeOfDay(timestamp: string): string {
  return /T(\d\d:\d\d)/.exec(timestamp)?.[1] ?? '';
}
