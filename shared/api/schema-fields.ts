import { z } from 'zod';

/**
 * Field builders for the lenient response schemas: the API omits nulls, but a field that does arrive as
 * null must not make a whole device list unreadable, so every optional field accepts null too.
 */

/** An optional number (doubles and integer enums alike: unknown enum integers must pass). */
export const optNumber = () => z.number().nullish();

/** An optional string (names, dates as text, GUIDs). */
export const optString = () => z.string().nullish();

/** An optional boolean (switch and output states). */
export const optBoolean = () => z.boolean().nullish();
