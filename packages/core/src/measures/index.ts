export * from './assessMeasure.js';
export * from './ehcTimeliness.js';
export * from './reviewTimeliness.js';
