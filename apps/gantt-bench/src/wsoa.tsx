import '@wsoa-kit/components/styles.css';
import { Gantt } from '@wsoa-kit/components';
import { analysePlan } from '@wsoa-kit/core';
import { rowsFromUrl, syntheticPlan } from './synthetic.js';
import { renderAndTime } from './mount.js';

// With ?pre=1 the plan is analysed before the clock starts, to time rendering alone.
const renderOnly = new URLSearchParams(location.search).has('pre');
let started = performance.now();
const plan = syntheticPlan(rowsFromUrl());
const analysing = performance.now();
const analysis = analysePlan(plan, { asOf: '2024-06-28' });
// The analysis alone, for the bench's report: in a fresh page V8 has not yet compiled it.
(window as unknown as { __analysisMs: number }).__analysisMs = performance.now() - analysing;
if (renderOnly) started = performance.now();
renderAndTime(<Gantt analysis={analysis} zoom="week" height={800} />, started);
