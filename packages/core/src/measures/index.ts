export * from './assessMeasure.js';
