import { describe, expect, it } from 'vitest';
import { parsePlan } from '../model/parsePlan.js';
import type { Plan } from '../model/plan.js';
import { samplePlans } from '../samples/index.js';
import { NHS_RISK_BANDS, riskRegister } from './riskRegister.js';

const plan = (name: keyof typeof samplePlans): Plan => {
  const result = parsePlan(samplePlans[name]);
  if (!result.ok) throw new Error(`sample ${name} does not parse`);
  return result.value;
};
const northbrook = plan('northbrook');

describe('riskRegister', () => {
  it("lists Northbrook's risks worst first, with score, band, owner and workstreams in words", () => {
    const register = riskRegister(northbrook);
    expect(register.entries.map((e) => [e.id, e.scoreText, e.statusLabel, e.owner, e.workstreams])).toEqual([
      ['r1', '16, Extreme: likelihood 4 × impact 4', 'Open', 'James Bell, Head of SEND', ['Priority PA1: Timely, high-quality EHC plans']],
      [
        'r2',
        '15, Extreme: likelihood 3 × impact 5',
        'Escalated',
        'Priya Kaur, Designated Clinical Officer',
        ['Priority PA2: Shorter waits for neurodevelopmental assessment and therapy'],
      ],
      [
        'r3',
        '9, High: likelihood 3 × impact 3',
        'Open',
        "Amira Hussain, Director of Children's Services",
        ['Priority PA3: Fewer suspensions and exclusions'],
      ],
    ]);
    expect(register.counts).toEqual({ escalated: 1, open: 2, closed: 0 });
    expect(register.liveByBand).toEqual([
      { band: 'Low', count: 0 },
      { band: 'Moderate', count: 0 },
      { band: 'High', count: 1 },
      { band: 'Extreme', count: 2 },
    ]);
    expect(register.sentence).toBe('3 risks: 1 escalated, 2 open, 0 closed. Live risks: 0 low, 0 moderate, 1 high, 2 extreme.');
  });

  it('puts closed risks last whatever their score, and an escalated risk before an open one of the same score', () => {
    const risks: Plan['risks'] = [
      { id: 'a', title: 'A', likelihood: 5, impact: 5, mitigation: 'M', status: 'closed', workstreamIds: [] },
      { id: 'b', title: 'B', likelihood: 2, impact: 2, mitigation: 'M', status: 'open', workstreamIds: [] },
      { id: 'c', title: 'C', likelihood: 2, impact: 3, mitigation: 'M', status: 'open', workstreamIds: [] },
      { id: 'd', title: 'D', likelihood: 3, impact: 2, mitigation: 'M', status: 'escalated', workstreamIds: [] },
      { id: 'e', title: 'E', likelihood: 1, impact: 1, mitigation: 'M', status: 'closed', workstreamIds: [] },
    ];
    const register = riskRegister({ ...northbrook, risks });
    expect(register.entries.map((e) => e.id)).toEqual(['d', 'c', 'b', 'a', 'e']);
    expect(register.liveByBand.map((b) => b.count)).toEqual([0, 3, 0, 0]);
    expect(register.sentence).toBe('5 risks: 1 escalated, 2 open, 2 closed. Live risks: 0 low, 3 moderate, 0 high, 0 extreme.');
  });

  it('bands every score of the 5 × 5 matrix as the NHS matrix does', () => {
    const scores = [1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25];
    const risks: Plan['risks'] = scores.map((score) => {
      const impact = [5, 4, 3, 2, 1].find((i) => score % i === 0 && score / i <= 5) as number;
      return {
        id: `s${score}`,
        title: String(score),
        likelihood: score / impact,
        impact,
        mitigation: 'M',
        status: 'open',
        workstreamIds: [],
      };
    });
    const bands = Object.fromEntries(riskRegister({ ...northbrook, risks }).entries.map((e) => [e.score, e.band]));
    expect(bands).toEqual({
      1: 'Low',
      2: 'Low',
      3: 'Low',
      4: 'Moderate',
      5: 'Moderate',
      6: 'Moderate',
      8: 'High',
      9: 'High',
      10: 'High',
      12: 'High',
      15: 'Extreme',
      16: 'Extreme',
      20: 'Extreme',
      25: 'Extreme',
    });
    expect(NHS_RISK_BANDS.map((b) => b.from)).toEqual([1, 4, 8, 15]);
  });

  it("takes a council's own bands", () => {
    const register = riskRegister(northbrook, {
      bands: [
        { name: 'Green', from: 1 },
        { name: 'Amber', from: 10 },
        { name: 'Red', from: 16 },
      ],
    });
    expect(register.entries.map((e) => e.band)).toEqual(['Red', 'Amber', 'Green']);
    expect(register.sentence).toBe('3 risks: 1 escalated, 2 open, 0 closed. Live risks: 1 green, 1 amber, 1 red.');
  });

  it('names the band at fault when the bands do not start at 1 and rise', () => {
    expect(() => riskRegister(northbrook, { bands: [{ name: 'Some', from: 2 }] })).toThrow(
      'riskRegister: expected bands starting from a score of 1, found a first band from 2',
    );
    expect(() => riskRegister(northbrook, { bands: [] })).toThrow(
      'riskRegister: expected bands starting from a score of 1, found no bands',
    );
    expect(() =>
      riskRegister(northbrook, {
        bands: [
          { name: 'Low', from: 1 },
          { name: 'High', from: 10 },
          { name: 'Medium', from: 5 },
        ],
      }),
    ).toThrow('found "Medium" from 5 after "High" from 10');
    expect(() =>
      riskRegister(northbrook, {
        bands: [
          { name: 'Low', from: 1 },
          { name: 'Low', from: 10 },
        ],
      }),
    ).toThrow('riskRegister: expected each band to have a name of its own; found "Low" twice');
  });

  it('says when there are no risks, and leaves out an owner the plan does not name', () => {
    expect(riskRegister({ ...northbrook, risks: [] }).sentence).toBe('No risks recorded.');
    const register = riskRegister({
      ...northbrook,
      risks: [{ id: 'x', title: 'X', likelihood: 1, impact: 2, mitigation: 'M', status: 'closed', workstreamIds: [] }],
    });
    expect(register.entries[0]).not.toHaveProperty('owner');
    expect(register.sentence).toBe('1 risk: 0 escalated, 0 open, 1 closed.');
  });

  it('names an owner by initials when the plan gives only initials', () => {
    const register = riskRegister({
      ...northbrook,
      people: [
        { id: 'nm', initials: 'NM', role: 'SEND improvement lead' },
        { id: 'tt', initials: 'TT' },
      ],
      risks: [
        { id: 'x', title: 'X', likelihood: 1, impact: 2, mitigation: 'M', status: 'open', workstreamIds: [], ownerId: 'nm' },
        { id: 'y', title: 'Y', likelihood: 1, impact: 1, mitigation: 'M', status: 'open', workstreamIds: [], ownerId: 'tt' },
      ],
    });
    expect(register.entries.map((entry) => entry.owner)).toEqual(['NM, SEND improvement lead', 'TT']);
  });

  it("keeps BCP's risks in plan order where they tie", () => {
    expect(riskRegister(plan('bcp')).entries.map((e) => `${e.id} ${e.score}`)).toEqual([
      'rb 12',
      'rc 12',
      're 12',
      'rf 12',
      'ra 10',
      'rd 9',
      'rg 9',
    ]);
  });
});
