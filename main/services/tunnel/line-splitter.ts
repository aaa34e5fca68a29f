/**
 * Turns a process's output chunks into whole lines. Tools write lines in arbitrary pieces (a URL can be
 * split across two reads), so parsers must only ever see complete lines.
 */
export interface LineSplitter {
  /** Feeds a chunk; returns the lines it completed (without `\n` / `\r\n`). */
  push(chunk: string): string[];
  /** Returns the unterminated rest, if any (call when the stream ends). */
  flush(): string[];
}

/** Creates a splitter; keeps at most `maxLine` characters of an unterminated line (bounded memory). */
export function createLineSplitter(maxLine = 64 * 1024): LineSplitter {
  let rest = '';
  return {
    push(chunk) {
      rest += chunk;
      const parts = rest.split('\n');
      rest = parts.pop() ?? '';
      if (rest.length > maxLine) rest = rest.slice(-maxLine);
      return parts.map((p) => (p.endsWith('\r') ? p.slice(0, -1) : p));
    },
    flush() {
      const last = rest;
      rest = '';
      return last === '' ? [] : [last];
    },
  };
}

/** A fixed-size memory of the last lines, for failure details ("what did the tool say last?"). */
export class LineTail {
  readonly #max: number;
  readonly #lines: string[] = [];

  constructor(max = 20) {
    this.#max = max;
  }

  /** Remembers a line, forgetting the oldest when full. */
  add(line: string): void {
    this.#lines.push(line);
    if (this.#lines.length > this.#max) this.#lines.shift();
  }

  /** The remembered lines, oldest first, joined with newlines. */
  text(): string {
    return this.#lines.join('\n');
  }
}
