export * from './statutoryTimeline.js';
export * from './summarisePeriod.js';
export * from './coproductionWords.js';
export * from './feedbackRegister.js';
export * from './summariseEngagement.js';
export * from './riskRegister.js';
export * from './workstreamName.js';
export * from './writePlanDocument.js';
