/** `1 record`, `2 records`: counts in CLI output read as sentences (English words with a plain -s plural). */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
