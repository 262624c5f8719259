export * from './ragRules.js';
export * from './assessProgress.js';
