/** True once no process with this pid exists (signal 0 probes without touching it). */
export function processGone(pid: number | undefined): boolean {
  try {
    process.kill(pid ?? -1, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
