/**
 * Durations as the views and the site report write them, so an age or a readout interval reads the same on
 * screen and on paper.
 */

/** A rough age for people: `45 s`, `12 min`, `5 h`, `3 d` (German `3 T`). */
export function formatAge(ms: number, lang: 'en' | 'de'): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 90) return `${s} s`;
  if (s < 90 * 60) return `${Math.round(s / 60)} min`;
  if (s < 36 * 3600) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86_400)} ${lang === 'de' ? 'T' : 'd'}`;
}

/** A readout interval in seconds as written on a gateway: `10 s`, `1 min 40 s`, `15 min`, `24 h`. */
export function formatSeconds(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const min = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts = [h > 0 ? `${h} h` : '', min > 0 ? `${min} min` : '', s > 0 ? `${s} s` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : '0 s';
}
