/**
 * The build councils embed: one script and one stylesheet that draw plan views into placeholders
 * on a page they already run.
 *
 * ```html
 * <link rel="stylesheet" href="wsoa-embed.css" />
 * <div data-wsoa-embed="rag-table" data-plan-src="/send/plan.json" data-as-of="2022-05-22"></div>
 * <script type="module" src="wsoa-embed.js"></script>
 * ```
 *
 * Each plan document is fetched once however many views use it. See `readEmbedOptions` for the
 * attributes.
 */
import '@wsoa-kit/components/styles.css';
import './embed.css';
import { createRoot } from 'react-dom/client';
import { EmbeddedPlan, EmbedProblem } from './EmbeddedPlan.js';
import { readEmbedOptions, todayInEngland } from './embedOptions.js';
import { loadPlan, type LoadedPlan } from './loadPlan.js';

const plans = new Map<string, Promise<LoadedPlan>>();

/** Draws every placeholder under `root` not drawn yet; returns when each has its view or its problem. */
export async function drawPlanViews(root: ParentNode = document): Promise<void> {
  const today = todayInEngland();
  const placeholders = [...root.querySelectorAll<HTMLElement>('[data-wsoa-embed]')].filter(
    (element) => !element.hasAttribute('data-wsoa-drawn'),
  );
  await Promise.all(
    placeholders.map(async (element) => {
      element.setAttribute('data-wsoa-drawn', '');
      const reactRoot = createRoot(element);
      const options = readEmbedOptions(element.dataset, document.baseURI, today);
      if ('error' in options) {
        reactRoot.render(<EmbedProblem message={options.error} />);
        return;
      }
      let loading = plans.get(options.planUrl);
      if (loading === undefined) plans.set(options.planUrl, (loading = loadPlan(options.planUrl)));
      reactRoot.render(<EmbeddedPlan options={options} loaded={await loading} />);
    }),
  );
  document.dispatchEvent(new CustomEvent('wsoa-embed:drawn', { detail: { count: placeholders.length } }));
}

void drawPlanViews();
