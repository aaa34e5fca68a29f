import type { MessageKey } from './i18n/en.ts';

/** The colour schemes: `system` follows the operating system's light/dark preference. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Every theme picker's choices with their text keys, in menu order (the header and Settings agree). */
export const THEME_CHOICES = [
  { id: 'system', label: 'theme.system' },
  { id: 'light', label: 'theme.light' },
  { id: 'dark', label: 'theme.dark' },
] as const satisfies readonly { id: ThemeChoice; label: MessageKey }[];

/**
 * Applies a theme by setting `data-theme` on <html>; all colours are CSS variables keyed on it (see
 * styles/theme.css), so switching is one attribute change and needs no reload.
 */
class Theme {
  choice = $state<ThemeChoice>('system');
  #media: MediaQueryList | undefined;

  /** The scheme actually shown. */
  get effective(): 'light' | 'dark' {
    if (this.choice !== 'system') return this.choice;
    return this.#media?.matches ? 'dark' : 'light';
  }

  set(choice: ThemeChoice): void {
    this.choice = choice;
    this.#apply();
  }

  /** Starts following the system preference (call once at start-up). */
  watchSystem(win: Window): void {
    this.#media = win.matchMedia('(prefers-color-scheme: dark)');
    this.#media.addEventListener('change', () => this.#apply());
    this.#apply();
  }

  #apply(): void {
    if (typeof document === 'undefined') return;
    document.documentElement.dataset.theme = this.effective;
    document.documentElement.style.colorScheme = this.effective;
  }
}

/** The app's one theme instance. */
export const theme = new Theme();
