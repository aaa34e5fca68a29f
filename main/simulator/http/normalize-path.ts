/**
 * The cloud routes case-insensitively and accepts the legacy `/api` prefix and trailing slashes
 * (`/api/Devices/`, `/devices`, `/DEVICES` are one route). Everything downstream sees one form:
 * lower case, no prefix, no trailing slash, leading slash kept, e.g. `/devices/3bd0...`.
 */
export function normalizePath(rawPath: string): string {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    path = rawPath;
  }
  path = path.toLowerCase().replace(/\/{2,}/g, '/');
  if (path === '/api' || path.startsWith('/api/')) path = path.slice(4);
  path = path.replace(/\/+$/, '');
  return path === '' ? '/' : path.startsWith('/') ? path : `/${path}`;
}

/** Query parameters with case-insensitive names (ASP.NET binds `meterEnergyType` and `METERENERGYTYPE`). */
export type Query = ReadonlyMap<string, string>;

/** Reads a URL's query into a map keyed by lower-case name (first value wins). */
export function parseQuery(search: URLSearchParams): Query {
  const query = new Map<string, string>();
  for (const [name, value] of search) {
    const key = name.toLowerCase();
    if (!query.has(key)) query.set(key, value);
  }
  return query;
}
