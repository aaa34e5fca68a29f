/** The stale-meter list lives in shared/ since the site report (main, CLI) lists the same meters. */
export * from '../../../shared/fleet-checks/stale-meters.ts';
