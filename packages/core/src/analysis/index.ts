export * from './types.js';
export * from './analysePlan.js';
export * from './percentAsOf.js';
export * from './rollUpRag.js';
export * from './findingCoverage.js';
export * from './progressFigure.js';
