import { join } from 'node:path';

/**
 * The folder for Meterscope's own files: `$METERSCOPE_HOME`, else `$XDG_CONFIG_HOME/meterscope`, else
 * `~/.config/meterscope`. Pure (env and home passed in) so every rule is testable.
 */
export function meterscopeHome(env: Record<string, string | undefined>, homeDir: string): string {
  if (env.METERSCOPE_HOME) return env.METERSCOPE_HOME;
  if (env.XDG_CONFIG_HOME) return join(env.XDG_CONFIG_HOME, 'meterscope');
  return join(homeDir, '.config', 'meterscope');
}
