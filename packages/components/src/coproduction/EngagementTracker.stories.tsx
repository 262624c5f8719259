import type { Meta, StoryObj } from '@storybook/react-vite';
import { HostilePage } from '../fixtures/HostilePage.js';
import { bcpAnalysis, coproductionAnalysis, northbrookAnalysis, torbayAnalysis } from '../fixtures/plans.js';
import { EngagementTracker } from './EngagementTracker.js';

const meta = {
  title: 'Co-production/EngagementTracker',
  component: EngagementTracker,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof EngagementTracker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** BCP’s engagement while the WSoA was written, August to October 2021. */
export const Bcp: Story = { args: { analysis: bcpAnalysis } };

/** A period in which four of BCP’s eight workstreams were not informed by any activity. */
export const BcpSeptemberToMidOctober: Story = { args: { analysis: bcpAnalysis, from: '2021-09-01', to: '2021-10-17' } };

/** Northbrook’s engagement up to 22 November 2024. */
export const Northbrook: Story = { args: { analysis: northbrookAnalysis } };

/** An activity that did not count who it reached, and one after the as-of date (left out). */
export const ReachNotCounted: Story = { args: { analysis: coproductionAnalysis } };

/** A plan with no engagement recorded. */
export const NoneRecorded: Story = { args: { analysis: torbayAnalysis } };

/** High contrast. */
export const HighContrast: Story = { args: { analysis: bcpAnalysis, theme: 'high-contrast' } };

/** Inside a council page whose theme makes tables blocks and lists square-bulleted. */
export const InsideAHostPage: Story = { ...Bcp, decorators: [(Story) => <HostilePage>{Story()}</HostilePage>] };

/** In a narrow column (360 px, as a phone or a sidebar gives): each activity stacks as a card of labelled lines. */
export const Narrow: Story = {
  args: { analysis: bcpAnalysis },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
};
