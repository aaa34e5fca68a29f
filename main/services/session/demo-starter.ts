import type { DemoSession } from '../../app.ts';

/** A running simulator the app started on request, and how to stop it. */
export type StartedDemo = DemoSession & { close(): Promise<void> };

/** Starts the built-in simulator: a port, so tests can hand in one they control. */
export type DemoStarter = () => Promise<StartedDemo>;

/**
 * The default: the real simulator on a free loopback port, loaded only when someone asks for the demo, so
 * the app does not carry its start-up cost otherwise.
 */
export const startBuiltInDemo: DemoStarter = async () => {
  const { startSimulator } = await import('../../simulator/index.ts');
  const sim = await startSimulator();
  return { baseUrl: sim.baseUrl, credentials: sim.credentials, close: () => sim.close() };
};
