import type { Meta, StoryObj } from '@storybook/react-vite';
import { HostilePage } from '../fixtures/HostilePage.js';
import { bcpAnalysis, coproductionAnalysis, northbrookAnalysis, torbayAnalysis } from '../fixtures/plans.js';
import { YouSaidWeDid } from './YouSaidWeDid.js';

const meta = {
  title: 'Co-production/YouSaidWeDid',
  component: YouSaidWeDid,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof YouSaidWeDid>;

export default meta;
type Story = StoryObj<typeof meta>;

/** BCP’s register as of its SEND Improvement Board of 3 March 2022. */
export const Bcp: Story = { args: { analysis: bcpAnalysis } };

/** Northbrook’s, with a comment still waiting for a response. */
export const Northbrook: Story = { args: { analysis: northbrookAnalysis } };

/** Every case: a comment held back until it is anonymised, one not taken forward, and a response dated after the as-of date (not shown yet). */
export const EveryCase: Story = { args: { analysis: coproductionAnalysis } };

/** Only the comments done. */
export const FilteredToDone: Story = { args: { analysis: coproductionAnalysis, defaultStatus: 'done' } };

/** A plan with no comments yet. */
export const NoComments: Story = { args: { analysis: torbayAnalysis } };

/** High contrast. */
export const HighContrast: Story = { args: { analysis: coproductionAnalysis, theme: 'high-contrast' } };

/** Inside a council page whose theme restyles lists, headings and form controls. */
export const InsideAHostPage: Story = { ...EveryCase, decorators: [(Story) => <HostilePage>{Story()}</HostilePage>] };
