import '@wsoa-kit/components/styles.css';
import { Gantt } from '@wsoa-kit/components';
import { analysePlan } from '@wsoa-kit/core';
import { createRoot } from 'react-dom/client';
import { finishAfterTwoFrames, rowsFromUrl, syntheticPlan } from './synthetic.js';

// With ?pre=1 the plan is analysed before the clock starts, to time rendering alone.
const renderOnly = new URLSearchParams(location.search).has('pre');
let started = performance.now();
const plan = syntheticPlan(rowsFromUrl());
const analysing = performance.now();
const analysis = analysePlan(plan, { asOf: '2024-06-28' });
// The analysis alone, for the bench's report: in a fresh page V8 has not yet compiled it.
(window as unknown as { __analysisMs: number }).__analysisMs = performance.now() - analysing;
if (renderOnly) started = performance.now();
createRoot(document.getElementById('root') as HTMLElement).render(<Gantt analysis={analysis} zoom="week" height={800} />);
finishAfterTwoFrames(started);
