// A multi-pattern automaton (Aho–Corasick): every registered form of every identifier is found in
// one pass over the text, however many identifiers the register holds. After the patterns are
// added it is compiled into a table (state × character class → next state), so a search reads
// one array entry per character of the text and never walks failure links.

export interface AutomatonMatch<T> {
  /** Index in the searched text where the pattern starts. */
  start: number;
  /** Index just after it ends. */
  end: number;
  payload: T;
}

interface Output<T> {
  length: number;
  payload: T;
}

export class Automaton<T> {
  /** The trie while patterns are added: per state, its children by UTF-16 code. */
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly ownOutputs: Output<T>[][] = [[]];
  private compiled: { classOf: Uint16Array; classes: number; next: Int32Array; outputs: (Output<T>[] | null)[] } | null = null;

  add(pattern: string, payload: T): void {
    if (pattern.length === 0) return;
    if (this.compiled) throw new Error('Patterns must be added before the first search.');
    let state = 0;
    // UTF-16 units, as search() reads them, so lengths and indices agree.
    for (let index = 0; index < pattern.length; index += 1) {
      const code = pattern.charCodeAt(index);
      let target = this.children[state]!.get(code);
      if (target === undefined) {
        target = this.children.length;
        this.children.push(new Map());
        this.ownOutputs.push([]);
        this.children[state]!.set(code, target);
      }
      state = target;
    }
    this.ownOutputs[state]!.push({ length: pattern.length, payload });
  }

  private compile(): NonNullable<Automaton<T>['compiled']> {
    // Every character that occurs in a pattern gets a class of its own; all others are class 0,
    // which always leads back to the start.
    const classOf = new Uint16Array(65536);
    let classes = 1;
    for (const children of this.children) for (const code of children.keys()) if (classOf[code] === 0) classOf[code] = classes++;
    const count = this.children.length;
    const next = new Int32Array(count * classes);
    const fail = new Int32Array(count);
    const outputs: (Output<T>[] | null)[] = new Array<Output<T>[] | null>(count).fill(null);
    // Breadth first, so a state's failure state is complete before the state itself.
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      const row = state * classes;
      const failRow = fail[state]! * classes;
      const inherited = state === 0 ? [] : (outputs[fail[state]!] ?? []);
      const own = this.ownOutputs[state]!;
      outputs[state] = own.length + inherited.length > 0 ? [...own, ...inherited] : null;
      for (let symbol = 1; symbol < classes; symbol += 1) next[row + symbol] = state === 0 ? 0 : next[failRow + symbol]!;
      for (const [code, target] of this.children[state]!) {
        const symbol = classOf[code]!;
        fail[target] = state === 0 ? 0 : next[failRow + symbol]!;
        next[row + symbol] = target;
        queue.push(target);
      }
    }
    return { classOf, classes, next, outputs };
  }

  search(text: string): AutomatonMatch<T>[] {
    this.compiled ??= this.compile();
    const { classOf, classes, next, outputs } = this.compiled;
    const matches: AutomatonMatch<T>[] = [];
    let state = 0;
    for (let index = 0; index < text.length; index += 1) {
      state = next[state * classes + classOf[text.charCodeAt(index)]!]!;
      const found = outputs[state];
      if (found !== null) for (const output of found!) matches.push({ start: index + 1 - output.length, end: index + 1, payload: output.payload });
    }
    return matches;
  }
}
