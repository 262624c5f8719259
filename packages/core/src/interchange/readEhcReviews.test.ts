import { describe, expect, it } from 'vitest';
import { reviewTimeliness } from '../measures/reviewTimeliness.js';
import { parseEhcReviews } from '../model/ehcReview.js';
import { readEhcReviews } from './readEhcReviews.js';

const reviewList = [
  'Case ref\tLast review\tReview meeting\tDecision date\tOutcome\tAmended plan issued\tPhase transfer\tTransfer year\tSchool',
  'R-0201\t15/03/2023\t15/03/2024\t28/03/2024\tMaintain\t\t\t\tOakfield',
  'R-0202\t10 Jan 2023\t11 Jan 2024\t09/02/2024\tAmend\t20/03/2024\tNo\t\tHill View',
  'R-0203\t01/09/2023\t20/11/2023\t01/12/2023\tamended\t14/02/2024\tPhase\t2024\t',
  'R-0204\t2023-05-01\t05/12/2023\t10/01/2024\tAmend\t\tPost 16\t2024\t',
  '\t\t\t\t\t\t\t\t',
  'R-0205\t01/02/2023\t\t\t\t\t\t\t',
].join('\n');

describe('readEhcReviews', () => {
  it('reads a list of reviews with the words councils use for outcomes and transfers', () => {
    const result = readEhcReviews(reviewList);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value).toEqual([
      { ref: 'R-0201', dueFrom: '2023-03-15', meetingOn: '2024-03-15', decidedOn: '2024-03-28', decision: 'keep' },
      {
        ref: 'R-0202',
        dueFrom: '2023-01-10',
        meetingOn: '2024-01-11',
        decidedOn: '2024-02-09',
        decision: 'amend',
        amendedIssuedOn: '2024-03-20',
      },
      {
        ref: 'R-0203',
        dueFrom: '2023-09-01',
        meetingOn: '2023-11-20',
        decidedOn: '2023-12-01',
        decision: 'amend',
        amendedIssuedOn: '2024-02-14',
        transfer: 'phase',
        transferYear: 2024,
      },
      {
        ref: 'R-0204',
        dueFrom: '2023-05-01',
        meetingOn: '2023-12-05',
        decidedOn: '2024-01-10',
        decision: 'amend',
        transfer: 'post-16',
        transferYear: 2024,
      },
      { ref: 'R-0205', dueFrom: '2023-02-01' },
    ]);
    expect(result.notes).toEqual(['A column was not read, as the figures have no use for it: "School".']);
    if (result.ok)
      expect(reviewTimeliness(result.value, { from: '2024-01-01', to: '2024-03-31' }).transfers).toEqual({
        count: 2,
        inTime: 1,
        percent: 50,
      });
  });

  it('finds the columns under the names case systems export them with', () => {
    const result = readEhcReviews(
      [
        'EHCP_Ref,Last Annual Review Date,Annual Review Date,Decision Letter Date,Annual Review Outcome',
        'R-9,20/05/2023,09/05/2024,30/05/2024,No change',
      ].join('\n'),
    );
    expect(result.ok && result.value).toEqual([
      { ref: 'R-9', dueFrom: '2023-05-20', meetingOn: '2024-05-09', decidedOn: '2024-05-30', decision: 'keep' },
    ]);
  });

  it('names the row and column of each cell it cannot read, and each check that fails', () => {
    const result = readEhcReviews(
      [
        'Case ref,Due from,Review meeting,Decision date,Decision,Transfer,Transfer year',
        'R-1,20/05/2023,09/05/2024,30/05/2024,Review again,Reception,24',
        'R-2,20/05/2023,,30/05/2024,Keep,,',
      ].join('\n'),
    );
    expect(result.problems.map((p) => p.message)).toEqual([
      'rows[2].Decision: expected "Keep" (or "Maintain"), "Amend" or "Cease", found "Review again".',
      'rows[2].Transfer: expected "Phase", "Post-16" or nothing, found "Reception".',
      'rows[2]["Transfer year"]: expected a year written with four digits, like 2025, found "24".',
      'rows[3]["Review meeting"]: expected the review meeting the decision of 30 May 2024 follows, found nothing.',
    ]);
  });

  it('names a placeholder date such as 31/12/9999 as no date, in a review list and in records given as data', () => {
    const read = readEhcReviews('Case ref\tReview due from\nR-1\t31/12/9999\n');
    expect(read.problems.map((p) => p.message)).toEqual([
      'rows[2]["Review due from"]: expected a date up to 31 Dec 2100 (31/12/9999 and the like stand for no date: leave it out), found "31/12/9999".',
    ]);
    expect(parseEhcReviews([{ ref: 'R-1', dueFrom: '2024-05-20', meetingOn: '9999-12-31' }]).problems.map((p) => p.message)).toEqual([
      '[0].meetingOn: expected a date up to 31 Dec 2100 (31/12/9999 and the like stand for no date: leave it out), found "9999-12-31".',
    ]);
  });

  it('asks for the columns it cannot do without', () => {
    expect(readEhcReviews('Case ref,Review meeting\nR-1,09/05/2024').problems.map((p) => p.message)).toEqual([
      'rows[1]: expected a header row with a "Due from" column (the day the plan was issued or last reviewed), found "Case ref | Review meeting".',
    ]);
  });
});
