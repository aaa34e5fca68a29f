import { UploadIntervalSeconds } from '../../../shared/api/index.ts';

/**
 * A device's expected realtime interval from its UploadInterval setting (an API integer); undefined for
 * unknown values, so the tracker keeps its default instead of judging gaps against a guess.
 */
export function expectedIntervalFromUpload(uploadInterval: number | null | undefined): number | undefined {
  if (uploadInterval === null || uploadInterval === undefined) return undefined;
  const seconds = UploadIntervalSeconds[uploadInterval];
  return seconds === undefined ? undefined : seconds * 1000;
}
