/** The plausibility checks live in shared/ since the site report (main, CLI) runs them on the device list. */
export * from '../../../shared/fleet-checks/plausibility.ts';
