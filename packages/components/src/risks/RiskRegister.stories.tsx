import type { Meta, StoryObj } from '@storybook/react-vite';
import { bcpAnalysis, emptyAnalysis, northbrookAnalysis } from '../fixtures/plans.js';
import { RiskRegister } from './RiskRegister.js';

const meta = {
  title: 'Plan/RiskRegister',
  component: RiskRegister,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof RiskRegister>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Northbrook's priority action plan: three risks, one escalated, in the NHS matrix's bands. */
export const Northbrook: Story = { args: { analysis: northbrookAnalysis } };

/** BCP's Written Statement of Action: seven risks from its published register, several tied on score. */
export const Bcp: Story = { args: { analysis: bcpAnalysis } };

/** A council's own bands: green below 10, amber to 15, red from 16. */
export const CouncilBands: Story = {
  args: {
    analysis: northbrookAnalysis,
    bands: [
      { name: 'Green', from: 1 },
      { name: 'Amber', from: 10 },
      { name: 'Red', from: 16 },
    ],
  },
};

/** A plan with no risks recorded. */
export const NoRisks: Story = { args: { analysis: emptyAnalysis } };

/** The high-contrast theme. */
export const HighContrast: Story = { args: { analysis: northbrookAnalysis, theme: 'high-contrast' } };

/** In a narrow column (360 px, as a phone or a sidebar gives): each risk stacks as a card of labelled lines. */
export const Narrow: Story = {
  args: { analysis: northbrookAnalysis },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
};
