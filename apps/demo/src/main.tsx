import '@wsoa-kit/components/styles.css';
import './demo.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, pageTitle } from './App.js';
import { loadSamplePlans } from './samples.js';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
// Each view is its own page load (links between them are plain links), so the address is read once.
const plans = loadSamplePlans();
document.title = pageTitle(plans, window.location.search);
createRoot(root).render(
  <StrictMode>
    <App plans={plans} search={window.location.search} />
  </StrictMode>,
);
