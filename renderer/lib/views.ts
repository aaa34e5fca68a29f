import type { MessageKey } from './i18n/en.ts';

/** The views, in nav order. Each id is also its URL hash (`#/decoder`), so a reload stays put. */
export const VIEWS = [
  { id: 'connect', label: 'nav.connect' },
  { id: 'devices', label: 'nav.devices' },
  { id: 'gateways', label: 'nav.gateways' },
  { id: 'inspector', label: 'nav.inspector' },
  { id: 'live', label: 'nav.live' },
  { id: 'decoder', label: 'nav.decoder' },
  { id: 'partner', label: 'nav.partner' },
  { id: 'settings', label: 'nav.settings' },
] as const satisfies readonly { id: string; label: MessageKey }[];

/** A view's id. */
export type ViewId = (typeof VIEWS)[number]['id'];

/** The view a URL hash names (`#/inspector/<id>` names the inspector), or Connect for anything else. */
export function viewFromHash(hash: string): ViewId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return VIEWS.find((v) => v.id === id)?.id ?? 'connect';
}
