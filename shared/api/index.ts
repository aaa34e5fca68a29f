/**
 * smart-me wire types, integer enums with names, lenient zod schemas and the API date format: one import
 * for the simulator, the API client and the UI, so all three read the wire the same way.
 */
export * from './enum-table.ts';
export * from './device-enums.ts';
export * from './meter-family-type.ts';
export * from './mbus-enums.ts';
export * from './misc-enums.ts';
export * from './api-date.ts';
export * from './device-schema.ts';
export * from './values-schema.ts';
export * from './action-schema.ts';
export * from './mbus-schema.ts';
export * from './realtime-registration-schema.ts';
export * from './user-schema.ts';
export * from './folder-schema.ts';
export * from './partner-schema.ts';
