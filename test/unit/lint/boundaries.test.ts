import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** Lints a snippet as if it lived at `filePath` and returns the rule ids that fired. */
async function rulesFired(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('architecture boundaries (ESLint)', () => {
  it('keeps node:* out of shared/', async () => {
    expect(
      await rulesFired('shared/x.ts', "import { readFileSync } from 'node:fs';\nreadFileSync('a');\n"),
    ).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('keeps the DOM out of shared/', async () => {
    expect(await rulesFired('shared/x.ts', 'export const w = window.location;\n')).toContain(
      'no-restricted-globals',
    );
  });

  it('keeps electron out of main/ outside main/electron/', async () => {
    expect(
      await rulesFired('main/services/x.ts', "import { app } from 'electron';\napp.quit();\n"),
    ).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('allows type-only electron imports in main/', async () => {
    expect(
      await rulesFired('main/services/x.ts', "import type { App } from 'electron';\nexport type A = App;\n"),
    ).toEqual([]);
  });

  it('allows electron inside main/electron/', async () => {
    expect(await rulesFired('main/electron/x.ts', "import { app } from 'electron';\napp.quit();\n")).toEqual(
      [],
    );
  });

  it('keeps node:*, electron and main/ out of renderer/', async () => {
    expect(
      await rulesFired('renderer/lib/x.ts', "import { join } from 'node:path';\njoin('a');\n"),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(
      await rulesFired('renderer/lib/x.ts', "import { runCli } from '../../main/cli/main.ts';\nrunCli;\n"),
    ).toContain('@typescript-eslint/no-restricted-imports');
  });
});
