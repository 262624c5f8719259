export * from './assessMeasure.js';
export * from './ehcTimeliness.js';
