import { readEhcRequests, readEhcReviews } from '@wsoa-kit/core';
import { describe, expect, it } from 'vitest';
import { ehcFormProblems } from './EhcPage.js';
import { exampleCaseList, exampleReviewList } from './ehcExample.js';

describe('ehcFormProblems', () => {
  it('asks for a period that ends on or after it starts', () => {
    expect(
      ehcFormProblems({
        kind: 'requests',
        text: 'Case ref,Request received',
        from: '2024-03-31',
        to: '2024-01-01',
        dayOne: 'day-after',
        transferDeadline: 'before',
      }).map((p) => p.message),
    ).toEqual(['to: expected a date on or after the first day of the period (31 Mar 2024), found "2024-01-01".']);
  });

  it('names a date the browser let through that is not real, and a blank case list', () => {
    expect(
      ehcFormProblems({
        kind: 'reviews',
        text: ' \n',
        from: '2024-02-30',
        to: '2024-03-31',
        dayOne: 'received',
        transferDeadline: 'by',
      }).map((p) => p.message),
    ).toEqual([
      'from: expected a real date, found "2024-02-30".',
      'caseList: expected a case list pasted from a spreadsheet, or a file opened, found nothing.',
    ]);
  });
});

describe('exampleCaseList', () => {
  it('is the same made-up list each time, one request a row, and reads without a problem', () => {
    const text = exampleCaseList();
    expect(exampleCaseList()).toBe(text);
    const read = readEhcRequests(text);
    expect(read.problems).toEqual([]);
    expect(read.notes).toEqual([]);
    expect(read.ok && [read.value.length, read.value[0], read.value.at(-1)?.received]).toEqual([
      189,
      {
        ref: 'R-0001',
        received: '2023-04-03',
        decidedOn: '2023-05-16',
        decision: 'assess',
        draftIssued: '2023-07-14',
        finalIssued: '2023-08-06',
      },
      '2024-06-21', // the last day a request is made, a week before the list was taken
    ]);
  });
});

describe('exampleReviewList', () => {
  it('is the same made-up list each time, 300 reviews, and reads without a problem', () => {
    const text = exampleReviewList();
    expect(exampleReviewList()).toBe(text);
    const read = readEhcReviews(text);
    expect([read.problems, read.notes]).toEqual([[], []]);
    expect(read.ok && [read.value.length, read.value[0]]).toEqual([
      300,
      {
        ref: 'R-1001',
        dueFrom: '2022-07-23',
        meetingOn: '2023-07-03',
        decidedOn: '2023-07-18',
        decision: 'amend',
        amendedIssuedOn: '2023-09-12',
      },
    ]);
  });
});
