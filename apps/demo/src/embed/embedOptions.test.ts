import { afterEach, describe, expect, it } from 'vitest';
import { readEmbedOptions, todayInEngland } from './embedOptions.js';

const page = 'https://www.example.gov.uk/send/progress/';

describe('readEmbedOptions', () => {
  it('reads a placeholder, resolving the plan’s address against the page', () => {
    expect(readEmbedOptions({ wsoaEmbed: 'gantt', planSrc: '../plans/wsoa.json', asOf: '2022-05-22' }, page, '2026-12-04')).toEqual({
      view: 'gantt',
      planUrl: 'https://www.example.gov.uk/send/plans/wsoa.json',
      asOf: '2022-05-22',
      theme: 'default',
      headingLevel: 2,
    });
  });

  it('judges progress today when no date is given, and reads a period, a theme and a heading level', () => {
    expect(
      readEmbedOptions(
        {
          wsoaEmbed: 'progress',
          planSrc: 'https://plans.example.org/a.json',
          from: '2022-04-01',
          to: '2022-04-30',
          theme: 'high-contrast',
          headingLevel: '3',
        },
        page,
        '2026-12-04',
      ),
    ).toEqual({
      view: 'progress',
      planUrl: 'https://plans.example.org/a.json',
      asOf: '2026-12-04',
      from: '2022-04-01',
      to: '2022-04-30',
      theme: 'high-contrast',
      headingLevel: 3,
    });
  });

  it('allows only http and https plan addresses', () => {
    for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd'])
      expect(readEmbedOptions({ wsoaEmbed: 'gantt', planSrc: src }, page, '2026-12-04')).toEqual({
        error: `data-plan-src: expected an http or https address; found ${JSON.stringify(src.slice(0, src.indexOf(':')))}`,
      });
    expect(readEmbedOptions({ wsoaEmbed: 'gantt', planSrc: 'http://intranet/plan.json' }, page, '2026-12-04')).toMatchObject({
      planUrl: 'http://intranet/plan.json',
    });
  });

  it('names every wrong attribute at once, with what it expected and what it found', () => {
    expect(readEmbedOptions({ wsoaEmbed: 'Gantt', planSrc: ' ', asOf: '2023-02-29', to: '2022-04-30' }, page, '2026-12-04')).toEqual({
      error: [
        'data-wsoa-embed: expected one of progress, deadlines, gantt, rag-table, findings, measures, you-said-we-did, engagement, feedback-form, risks, validation; found "Gantt"',
        'data-plan-src: expected the address of a plan document; found none',
        'data-as-of: expected a real date written yyyy-MM-dd; found "2023-02-29"',
        'data-from and data-to: expected both or neither; found only one',
      ].join('. '),
    });
  });
});

describe('readEmbedOptions: the feedback form', () => {
  it('needs the address to send comments to, and allows only http and https', () => {
    expect(readEmbedOptions({ wsoaEmbed: 'feedback-form', planSrc: 'plan.json' }, page, '2026-12-04')).toEqual({
      error: 'data-submit-to: expected the address to send comments to; found none',
    });
    expect(
      readEmbedOptions({ wsoaEmbed: 'feedback-form', planSrc: 'plan.json', submitTo: 'mailto:send@example.gov.uk' }, page, '2026-12-04'),
    ).toEqual({
      error: 'data-submit-to: expected an http or https address; found "mailto"',
    });
    expect(
      readEmbedOptions({ wsoaEmbed: 'feedback-form', planSrc: 'plan.json', submitTo: '/api/send-feedback' }, page, '2026-12-04'),
    ).toMatchObject({
      view: 'feedback-form',
      submitTo: 'https://www.example.gov.uk/api/send-feedback',
    });
  });
});

describe('todayInEngland', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('gives England’s date, on either side of midnight in GMT and in British Summer Time, in any time zone', () => {
    for (const tz of ['Europe/London', 'America/Los_Angeles', 'Pacific/Auckland']) {
      process.env.TZ = tz;
      expect([
        todayInEngland(new Date('2022-03-26T23:59:00Z')), // GMT: still 26 March
        todayInEngland(new Date('2022-03-27T00:30:00Z')), // the night the clocks go forward
        todayInEngland(new Date('2022-06-30T22:59:00Z')), // BST: 23:59 on 30 June
        todayInEngland(new Date('2022-06-30T23:00:00Z')), // BST: midnight, 1 July
        todayInEngland(new Date('2022-10-30T00:30:00Z')), // BST ends at 01:00 UTC
      ]).toEqual(['2022-03-26', '2022-03-27', '2022-06-30', '2022-07-01', '2022-10-30']);
    }
  });
});
