import '@wsoa-kit/components/styles.css';
import { RagTable } from '@wsoa-kit/components';
import { analysePlan } from '@wsoa-kit/core';
import { rowsFromUrl, syntheticPlan } from './synthetic.js';
import { renderAndTime } from './mount.js';

// The RAG table over the same synthetic plan; bench.mjs then times sorting and filtering it.
const analysis = analysePlan(syntheticPlan(rowsFromUrl()), { asOf: '2024-06-28' });
const started = performance.now();
renderAndTime(<RagTable analysis={analysis} pageSize={Number(new URLSearchParams(location.search).get('page') ?? 50)} />, started);
