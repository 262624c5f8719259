import type { Meta, StoryObj } from '@storybook/react-vite';
import { HostilePage } from '../fixtures/HostilePage.js';
import { emptyAnalysis, largeAnalysis, northbrookAnalysis, ragStatesAnalysis, smallAnalysis, torbayAnalysis } from '../fixtures/plans.js';
import { RagTable } from './RagTable.js';

const meta = {
  title: 'Plan/RagTable',
  component: RagTable,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof RagTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Torbay’s progress table (seed 004) as of 22 May 2022, grouped by focus area with roll-ups. */
export const Torbay: Story = { args: { analysis: torbayAnalysis } };

/** A small plan with a summary action and sub-actions. */
export const SmallPlan: Story = { args: { analysis: smallAnalysis } };

/** Every RAG state, sorted worst first. */
export const EveryRagStateWorstFirst: Story = {
  args: { analysis: ragStatesAnalysis, defaultSort: { column: 'rag', direction: 'descending' } },
};

/** Filtered to overdue actions only. */
export const OverdueOnly: Story = { args: { analysis: ragStatesAnalysis, defaultFilters: { overdueOnly: true } } };

/** Filters that match nothing. */
export const NothingMatches: Story = { args: { analysis: smallAnalysis, defaultFilters: { text: 'no such action' } } };

/** A plan with no actions yet. */
export const NoActions: Story = { args: { analysis: emptyAnalysis } };

/** The fictional 2023-framework plan with fewer columns and no filters. */
export const FewerColumns: Story = {
  args: { analysis: northbrookAnalysis, columns: ['ref', 'action', 'finish', 'rag'], showFilters: false },
};

/** 10,000 actions: sorting and filtering stay quick, drawing 50 rows at a time. */
export const TenThousandRows: Story = { args: { analysis: largeAnalysis(10_000) } };

/** Northbrook with each action's latest update as of 22 November 2024, as a board report shows it. */
export const WithLatestUpdate: Story = {
  args: { analysis: northbrookAnalysis, columns: ['ref', 'action', 'leads', 'finish', 'percent', 'rag', 'update'] },
};

/** The high-contrast theme. */
export const HighContrast: Story = { args: { analysis: smallAnalysis, theme: 'high-contrast' } };

/** Inside a council page whose theme restyles tables, buttons, lists and headings. */
export const InsideAHostPage: Story = {
  args: { analysis: torbayAnalysis },
  decorators: [(Story) => <HostilePage>{Story()}</HostilePage>],
};

/** In a narrow column (360 px, as a phone or a sidebar gives): each action stacks as a card of labelled lines. */
export const Narrow: Story = {
  args: { analysis: smallAnalysis },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
};
