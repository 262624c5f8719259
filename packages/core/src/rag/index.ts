export * from './ragRules.js';
export * from './assessProgress.js';
export * from './formatPercent.js';
