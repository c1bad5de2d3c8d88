// The outcome of anything that can fail for a reason a person should read — a date typed, a file
// opened, a request from the page checked. One shape across core, the command line, the app and
// the IPC contract: `ok`; on success the operation's own fields; on failure one plain sentence,
// `message`, and any details a caller acts on (the list of problems, a reason, a status).

export type Succeeded<Success extends object = object> = { ok: true } & Success;

export type Failed<Details extends object = object> = { ok: false; message: string } & Details;

export type Result<Success extends object = object, Details extends object = object> = Succeeded<Success> | Failed<Details>;

/** A failure: its sentence, and any details. */
export function failed(message: string): Failed;
export function failed<Details extends object>(message: string, details: Details): Failed<Details>;
export function failed(message: string, details: object = {}): Failed {
  return { ...details, ok: false, message };
}
