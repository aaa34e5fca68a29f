/**
 * Collects text as it streams in and lets a test wait for the first line that matches, without sleeping:
 * each waiter resolves the moment such a line arrives.
 */
export class LineReader {
  readonly lines: string[] = [];
  private partial = '';
  private waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];

  /** Feeds a chunk of output. */
  push(text: string): void {
    this.partial += text;
    const parts = this.partial.split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts) {
      this.lines.push(line);
      for (const w of this.waiters.filter((x) => x.test(line))) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  }

  /** Resolves with the first line (already seen or still to come) that matches. */
  waitFor(test: (line: string) => boolean): Promise<string> {
    const seen = this.lines.find(test);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  /** Resolves with the first JSON line whose `type` is given (and that passes `test`). */
  async json<T = Record<string, unknown>>(type: string, test: (v: T) => boolean = () => true): Promise<T> {
    const parse = (line: string) => {
      try {
        return JSON.parse(line) as T & { type?: string };
      } catch {
        return undefined;
      }
    };
    const line = await this.waitFor((l) => {
      const v = parse(l);
      return v?.type === type && test(v);
    });
    return parse(line) as T;
  }
}
