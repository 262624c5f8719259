import type { Meta, StoryObj } from '@storybook/react-vite';
import { HostilePage } from '../fixtures/HostilePage.js';
import { emptyAnalysis, northbrookAnalysis, smallAnalysis, torbayAnalysis } from '../fixtures/plans.js';
import { ProgressSummary } from './ProgressSummary.js';

const meta = {
  title: 'Plan/ProgressSummary',
  component: ProgressSummary,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ProgressSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Torbay’s April 2022 period, as reported to the SEND Board on 22 May 2022 (seed 004). */
export const TorbayApril2022: Story = { args: { analysis: torbayAnalysis, from: '2022-04-01', to: '2022-04-30', rounding: 'up' } };

/** A small plan: two actions turned Red since the previous period. */
export const SmallPlan: Story = { args: { analysis: smallAnalysis, from: '2022-04-01', to: '2022-04-30' } };

/** The 2023-framework plan, a quarter at a time. */
export const Northbrook: Story = { args: { analysis: northbrookAnalysis, from: '2024-07-01', to: '2024-09-30' } };

/** A plan with no actions yet. */
export const NoActions: Story = { args: { analysis: emptyAnalysis, from: '2022-04-01', to: '2022-04-30' } };

/** High contrast. */
export const HighContrast: Story = { args: { ...SmallPlan.args, theme: 'high-contrast' } as Story['args'] };

/** Inside a council page whose theme restyles lists and headings. */
export const InsideAHostPage: Story = { ...TorbayApril2022, decorators: [(Story) => <HostilePage>{Story()}</HostilePage>] };

/** For the officers writing the board report: a button copies the progress table and the period's sentence, for Word and Excel. */
export const CopyForABoardReport: Story = {
  args: { analysis: northbrookAnalysis, from: '2024-06-01', to: '2024-06-30', copyForBoard: true },
};
