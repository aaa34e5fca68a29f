/**
 * Support bundles: one redacted JSON file with what support needs to understand a problem (app, host,
 * settings, fleet snapshot, errors, the last frames' metadata of a capture) and nothing secret.
 */
export { redactDeep, type RedactOptions } from './redact-deep.ts';
export { redactUrl, redactUrlsIn } from './redact-url.ts';
export { REDACTED, isSecretName } from './secret-names.ts';
export { captureTail, type CaptureTail } from './capture-tail.ts';
export { newestCachedFleet, type CachedFleet } from './newest-cached-fleet.ts';
export {
  buildSupportBundle,
  supportBundleFile,
  type BundleError,
  type SupportBundle,
  type SupportBundleInput,
} from './support-bundle.ts';
export { collectSupportBundle, DEFAULT_BUNDLE_FRAMES, type CollectBundleOptions } from './collect-bundle.ts';
export { secretValuesOf } from './secret-values.ts';
