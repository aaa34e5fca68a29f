/**
 * Why an output file (report, bundle, export) cannot be written, in words a technician acts on instead of
 * `ENOENT: no such file or directory, open ...`.
 */
export function outputError(path: string, e: NodeJS.ErrnoException): Error {
  const why =
    e.code === 'EEXIST'
      ? 'it already exists (exports never overwrite a file: choose another --out, or remove it)'
      : e.code === 'ENOENT'
        ? 'its folder does not exist'
        : e.code === 'EACCES' || e.code === 'EPERM'
          ? 'permission denied'
          : e.code === 'EISDIR'
            ? 'it is a folder'
            : e.message;
  return new Error(`Cannot write ${path}: ${why}.`, { cause: e });
}
