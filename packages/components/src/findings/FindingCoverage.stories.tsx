import type { Meta, StoryObj } from '@storybook/react-vite';
import { analysePlan, parsePlan } from '@wsoa-kit/core';
import { samplePlans } from '@wsoa-kit/core/samples';
import { emptyAnalysis, northbrookAnalysis, torbayAnalysis } from '../fixtures/plans.js';
import { FindingCoverage } from './FindingCoverage.js';

const meta = {
  title: 'Plan/FindingCoverage',
  component: FindingCoverage,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof FindingCoverage>;

export default meta;
type Story = StoryObj<typeof meta>;

const analysed = (name: 'bcp' | 'centralBedfordshire') => {
  const result = parsePlan(samplePlans[name]);
  if (!result.ok) throw new Error(`${name} sample did not parse`);
  return analysePlan(result.value, { asOf: '2022-05-22' });
};

/** Torbay: 18 weaknesses, each addressed by its focus area. */
export const Torbay: Story = { args: { analysis: torbayAnalysis } };

/** The 2023-framework plan: one area for improvement that no workstream addresses yet. */
export const FindingWithNoWorkstream: Story = { args: { analysis: northbrookAnalysis } };

/** BCP: eight weaknesses, eight workstreams. */
export const Bcp: Story = { args: { analysis: analysed('bcp') } };

/** Central Bedfordshire: six weaknesses in four themes, one theme covering two weaknesses. */
export const CentralBedfordshire: Story = { args: { analysis: analysed('centralBedfordshire'), showStrengths: true } };

/** A plan with no workstreams yet. */
export const NoWorkstreams: Story = { args: { analysis: emptyAnalysis } };

/** In a narrow column (360 px, as a phone or a sidebar gives): each finding stacks as a card, its text and workstreams under their labels. */
export const Narrow: Story = {
  args: { analysis: northbrookAnalysis },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
};
