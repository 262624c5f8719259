import type { Meta, StoryObj } from '@storybook/react-vite';
import { parsePlan, type ImpactMeasure } from '@wsoa-kit/core';
import { samplePlans } from '@wsoa-kit/core/samples';
import { HostilePage } from '../fixtures/HostilePage.js';
import { northbrookAnalysis } from '../fixtures/plans.js';
import { MeasureChart } from './MeasureChart.js';

const meta = {
  title: 'Plan/MeasureChart',
  component: MeasureChart,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof MeasureChart>;

export default meta;
type Story = StoryObj<typeof meta>;

const [timeliness, waits, suspensions] = northbrookAnalysis.plan.measures as [ImpactMeasure, ImpactMeasure, ImpactMeasure];
const centralBedfordshire = parsePlan(samplePlans.centralBedfordshire);
const cbMeasure = centralBedfordshire.ok ? centralBedfordshire.value.measures[0] : undefined;

/** Higher is better: EHC plans issued within 20 weeks, behind its trajectory. */
export const HigherIsBetter: Story = { args: { measure: timeliness, asOf: '2024-11-22' } };

/** Lower is better: waiting weeks for a neurodevelopmental assessment. */
export const LowerIsBetter: Story = { args: { measure: waits, asOf: '2024-11-22' } };

/** A measure with no actuals yet: the trajectory alone. */
export const NoActuals: Story = { args: { measure: suspensions, asOf: '2024-11-22' } };

/** Central Bedfordshire’s first measure. */
export const CentralBedfordshire: Story = { args: { measure: cbMeasure as ImpactMeasure, asOf: '2021-03-31' } };

/** High contrast. */
export const HighContrast: Story = { args: { measure: timeliness, asOf: '2024-11-22', theme: 'high-contrast' } };

/** Inside a council page whose theme shrinks every SVG to an icon. */
export const InsideAHostPage: Story = { ...HigherIsBetter, decorators: [(Story) => <HostilePage>{Story()}</HostilePage>] };

/** In a column 360 px wide, its table of figures open: each figure stacks as a card of its date, what it is and its value. */
export const NarrowWithFigures: Story = {
  args: { measure: timeliness, asOf: '2024-11-22', figuresOpen: true },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
};
