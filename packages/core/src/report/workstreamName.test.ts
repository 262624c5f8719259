import { describe, expect, it } from 'vitest';
import { workstreamName } from './workstreamName.js';

describe('workstreamName', () => {
  it("names a workstream by the council's word for it, its ref and its title", () => {
    expect(workstreamName({ label: 'Focus Area', ref: '2', title: 'Joint Commissioning' })).toBe('Focus Area 2: Joint Commissioning');
    expect(workstreamName({ label: 'Priority', ref: 'PA1', title: 'Timely, high-quality EHC plans' })).toBe(
      'Priority PA1: Timely, high-quality EHC plans',
    );
  });
});
