// A multi-pattern automaton (Aho–Corasick): every registered form of every identifier is found in
// one pass over the text, however many identifiers the register holds.

export interface AutomatonMatch<T> {
  /** Index in the searched text where the pattern starts. */
  start: number;
  /** Index just after it ends. */
  end: number;
  payload: T;
}

interface State<T> {
  next: Map<string, number>;
  fail: number;
  /** Patterns ending here: their length and payload. */
  outputs: { length: number; payload: T }[];
}

export class Automaton<T> {
  private readonly states: State<T>[] = [{ next: new Map(), fail: 0, outputs: [] }];
  private built = false;

  add(pattern: string, payload: T): void {
    if (pattern.length === 0) return;
    if (this.built) throw new Error('Patterns must be added before the first search.');
    let state = 0;
    // UTF-16 units, as search() reads them, so lengths and indices agree.
    for (let index = 0; index < pattern.length; index += 1) {
      const char = pattern[index]!;
      let target = this.states[state]!.next.get(char);
      if (target === undefined) {
        target = this.states.length;
        this.states.push({ next: new Map(), fail: 0, outputs: [] });
        this.states[state]!.next.set(char, target);
      }
      state = target;
    }
    this.states[state]!.outputs.push({ length: pattern.length, payload });
  }

  private build(): void {
    const queue: number[] = [];
    for (const target of this.states[0]!.next.values()) queue.push(target);
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      for (const [char, target] of this.states[state]!.next) {
        let fail = this.states[state]!.fail;
        while (fail !== 0 && !this.states[fail]!.next.has(char)) fail = this.states[fail]!.fail;
        const failTarget = this.states[fail]!.next.get(char);
        this.states[target]!.fail = failTarget !== undefined && failTarget !== target ? failTarget : 0;
        this.states[target]!.outputs.push(...this.states[this.states[target]!.fail]!.outputs);
        queue.push(target);
      }
    }
    this.built = true;
  }

  search(text: string): AutomatonMatch<T>[] {
    if (!this.built) this.build();
    const matches: AutomatonMatch<T>[] = [];
    let state = 0;
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index]!;
      while (state !== 0 && !this.states[state]!.next.has(char)) state = this.states[state]!.fail;
      state = this.states[state]!.next.get(char) ?? 0;
      for (const output of this.states[state]!.outputs) matches.push({ start: index + 1 - output.length, end: index + 1, payload: output.payload });
    }
    return matches;
  }
}
