export * from './assessMeasure.js';
export * from './ehcTimeliness.js';
export * from './reviewTimeliness.js';
export { SMALL_COUNTS_BELOW, smallCountCaution, type FigureSentences, type SmallCountOptions } from './counting.js';
