/** The gateway doctor lives in shared/ since the site report (main, CLI) gives the same advice. */
export * from '../../../shared/fleet-checks/gateway-doctor.ts';
