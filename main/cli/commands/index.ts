import type { Command } from '../io.ts';

/** Every `meterscope` sub-command, in the order `--help` lists them. Each module loads only when used. */
export const commands: Command[] = [
  {
    name: 'decode',
    summary: 'Decode a Realtime-API payload (hex, base64, bytes, file)',
    load: () => import('./decode.ts'),
  },
  {
    name: 'encode',
    summary: 'Encode decoded JSON back into payload bytes (hex)',
    load: () => import('./encode.ts'),
  },
  { name: 'obis', summary: 'Explain an OBIS code', load: () => import('./obis.ts') },
  { name: 'sim', summary: 'Run the local smart-me cloud simulator', load: () => import('./sim.ts') },
  {
    name: 'login',
    summary: 'Log in to the smart-me cloud and store the token',
    load: () => import('./login.ts'),
  },
  { name: 'devices', summary: 'List every device with its online state', load: () => import('./devices.ts') },
  {
    name: 'gateways',
    summary: 'List M-Bus gateways, their meters and stale meters',
    load: () => import('./gateways.ts'),
  },
  { name: 'device', summary: "Show one device's details", load: () => import('./device.ts') },
  { name: 'values', summary: "Show a device's current OBIS values", load: () => import('./values.ts') },
  { name: 'listen', summary: 'Receive Realtime-API webhooks live', load: () => import('./listen.ts') },
  { name: 'replay', summary: 'Re-send captured payloads to a URL', load: () => import('./replay.ts') },
  { name: 'captures', summary: 'Inspect and export capture files', load: () => import('./captures.ts') },
  {
    name: 'trigger',
    summary: 'Build a payload from OBIS=value pairs and send it',
    load: () => import('./trigger.ts'),
  },
  { name: 'web', summary: 'Open Meterscope in a browser (local host)', load: () => import('./web.ts') },
  {
    name: 'report',
    summary: 'Write a site report (Markdown or HTML) of the installation',
    load: () => import('./report.ts'),
  },
  { name: 'bundle', summary: 'Write a redacted support bundle (JSON)', load: () => import('./bundle.ts') },
  {
    name: 'partner',
    summary: "Goldpartner: every customer's devices, offline first",
    load: () => import('./partner.ts'),
  },
];
