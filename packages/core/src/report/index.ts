export * from './statutoryTimeline.js';
export * from './summarisePeriod.js';
