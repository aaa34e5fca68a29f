import { z } from 'zod';
import { optBoolean, optNumber, optString } from './schema-fields.ts';

/** One OBIS value: `Obis` is 12 hex digits (e.g. `0100010800FF`), `Value` a double in REST units. */
export const ValueDataSchema = z.looseObject({
  Obis: optString(),
  Value: optNumber(),
});

/** One OBIS value of a device (see ValueDataSchema). */
export type ValueData = z.infer<typeof ValueDataSchema>;

/** GET /Values/{id} and /ValuesInPast/{id}: every value of a device at one moment. */
export const ValuesDataSchema = z.looseObject({
  DeviceId: optString(),
  Date: optString(),
  Values: z.array(ValueDataSchema).nullish(),
});

/** All values of a device at one moment (see ValuesDataSchema). */
export type ValuesData = z.infer<typeof ValuesDataSchema>;

/** GET /ValuesInPastMultiple/{id}: at most 1000 snapshots per call. */
export const ValuesDataListSchema = z.array(ValuesDataSchema);

/** One grid point of an interpolated history: the values at one moment, and whether they were interpolated. */
export const InterpolatedValuesDataSchema = ValuesDataSchema.extend({
  IsInterpolated: optBoolean(),
  ClosestNonInterpolatedValueDate: optString(),
});

/** One grid point of an interpolated history (see InterpolatedValuesDataSchema). */
export type InterpolatedValuesData = z.infer<typeof InterpolatedValuesDataSchema>;

/** GET /ValuesInPastMultipleInterpolated/{id}: a regular grid plus how much of it was interpolated. */
export const InterpolatedValuesResultSchema = z.looseObject({
  InterpolationQuality: optNumber(),
  FractionOfInterpolatedResults: optNumber(),
  IsComplete: optBoolean(),
  LastAvailable: optString(),
  Values: z.array(InterpolatedValuesDataSchema).nullish(),
});

/** An interpolated history (see InterpolatedValuesResultSchema). */
export type InterpolatedValuesResult = z.infer<typeof InterpolatedValuesResultSchema>;

/** GET /MeterValues/{id}?date=: the counter readings at a date (first value before it). */
export const DeviceInPastSchema = z.looseObject({
  Id: optString(),
  Serial: optNumber(),
  Date: optString(),
  CounterReading: optNumber(),
  CounterReadingUnit: optString(),
  CounterReadingT1: optNumber(),
  CounterReadingT2: optNumber(),
  CounterReadingT3: optNumber(),
  CounterReadingT4: optNumber(),
  CounterReadingImport: optNumber(),
  CounterReadingImportT1: optNumber(),
  CounterReadingImportT2: optNumber(),
  CounterReadingImportT3: optNumber(),
  CounterReadingImportT4: optNumber(),
  CounterReadingExport: optNumber(),
  CounterReadingExportT1: optNumber(),
  CounterReadingExportT2: optNumber(),
  CounterReadingExportT3: optNumber(),
  CounterReadingExportT4: optNumber(),
});

/** Counter readings at a past date (see DeviceInPastSchema). */
export type DeviceInPast = z.infer<typeof DeviceInPastSchema>;
