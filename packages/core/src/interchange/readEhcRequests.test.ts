import { describe, expect, it } from 'vitest';
import { ehcTimeliness } from '../measures/ehcTimeliness.js';
import { parseEhcRequests } from '../model/ehcRequest.js';
import { readEhcRequests } from './readEhcRequests.js';

const caseList = [
  'Case ref,Request received,Decision date,Decision,Draft issued,Final issued,Exception,Caseworker',
  'R-0101,02/10/2023,06/11/2023,Assess,,19/02/2024,,AB',
  'R-0102,01/09/2023,06/10/2023,Yes,22/02/2024,01/03/2024,(a),CD',
  'R-0103,Mon 16/10/23,,,,,,',
  ',,,,,,,',
  'R-0104,8 Jan 2024,20 Feb 2024,Not assess,,,none,EF',
  'R-0106,2023-11-02,08/12/2023,Yes,,,10(4)(d),',
  'R-0105,2023-11-01,08/12/2023,agreed,08/03/2024,18/03/2024,Exceptional personal circumstances,',
].join('\r\n');

describe('readEhcRequests', () => {
  it('reads a case list exported as CSV, with UK dates, decisions and exceptions in the words councils use', () => {
    const result = readEhcRequests(caseList);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value).toEqual([
      { ref: 'R-0101', received: '2023-10-02', decidedOn: '2023-11-06', decision: 'assess', finalIssued: '2024-02-19' },
      {
        ref: 'R-0102',
        received: '2023-09-01',
        decidedOn: '2023-10-06',
        decision: 'assess',
        draftIssued: '2024-02-22',
        finalIssued: '2024-03-01',
        exception: 'setting-closed',
      },
      { ref: 'R-0103', received: '2023-10-16' },
      { ref: 'R-0104', received: '2024-01-08', decidedOn: '2024-02-20', decision: 'not-assess' },
      { ref: 'R-0106', received: '2023-11-02', decidedOn: '2023-12-08', decision: 'assess', exception: 'absent-from-area' },
      {
        ref: 'R-0105',
        received: '2023-11-01',
        decidedOn: '2023-12-08',
        decision: 'assess',
        draftIssued: '2024-03-08',
        finalIssued: '2024-03-18',
        exception: 'personal-circumstances',
      },
    ]);
    expect(result.notes).toEqual(['A column was not read, as the figures have no use for it: "Caseworker".']);
  });

  it('gives requests the figures can be worked out from', () => {
    const result = readEhcRequests(caseList);
    if (!result.ok) throw new Error(result.problems[0]?.message);
    const t = ehcTimeliness(result.value, { from: '2024-01-01', to: '2024-03-31' });
    expect(t.plans).toMatchObject({ issued: 3, within20Weeks: 2, percentWithin20Weeks: 66.7 });
    expect(t.plansExcludingExceptions).toMatchObject({ issued: 1, within20Weeks: 1, percentWithin20Weeks: 100 });
    // R-0106's 20 weeks ended on 21 Mar 2024; an exception does not stop it being late.
    expect(t.awaitingPlanPastLimit).toEqual(['R-0103', 'R-0106']);
  });

  it('finds the columns under the names case systems export them with', () => {
    const result = readEhcRequests(
      [
        'Person_ID,Date Request Received (dd/mm/yyyy):,Assessment Decision Date:,Decision to assess?,Final EHCP issued,20-week exception',
        'P-77,08/01/2024,12/02/2024,Yes,27/05/2024,',
      ].join('\n'),
    );
    expect(result.notes).toEqual([]);
    expect(result.ok && result.value).toEqual([
      { ref: 'P-77', received: '2024-01-08', decidedOn: '2024-02-12', decision: 'assess', finalIssued: '2024-05-27' },
    ]);
  });

  it('passes over the title and run date a case system writes above its header row, and names them', () => {
    const result = readEhcRequests(
      [
        'EHC needs assessment requests, 1 April 2024 to 31 March 2025',
        'Report run: 02/04/2025 09:15',
        '',
        'Case ref,Request received,Decision date,Decision',
        'R-0201,08/01/2024,12/02/2024,Yes',
      ].join('\r\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value).toEqual([{ ref: 'R-0201', received: '2024-01-08', decidedOn: '2024-02-12', decision: 'assess' }]);
    expect(result.notes).toEqual([
      'The header row is row 4; the 2 rows above it were read as titles, not as part of the table: row 1 ("EHC needs assessment requests | 1 April 2024 to 31 March 20…"); row 2 ("Report run: 02/04/2025 09:15").',
    ]);
  });

  it('reads why the 6 weeks did not apply in words, beside the 10(4) exception, and refuses a bare letter', () => {
    const result = readEhcRequests(
      [
        'Case ref,Request received,Decision date,Decision,6-week exception,Exception',
        'R-1,08/01/2024,26/02/2024,Assess,Personal circumstances,(b)',
        'R-2,08/01/2024,26/02/2024,Assess,Absent from area,',
        'R-3,08/01/2024,26/02/2024,Assess,5(4)(a),None',
        'R-4,08/01/2024,26/02/2024,Assess,school closed,',
      ].join('\n'),
    );
    expect(result.notes).toEqual([]);
    expect(result.ok && result.value.map(({ ref, decisionException, exception }) => ({ ref, decisionException, exception }))).toEqual([
      // (b) is an early years setting closed under regulation 10(4).
      { ref: 'R-1', decisionException: 'personal-circumstances', exception: 'setting-closed' },
      { ref: 'R-2', decisionException: 'absent-from-area', exception: undefined },
      { ref: 'R-3', decisionException: 'setting-closed', exception: undefined },
      { ref: 'R-4', decisionException: 'setting-closed', exception: undefined },
    ]);
    // Regulation 5(4)'s letters beyond (a) are not confirmed here, so a letter alone is not guessed at.
    const wrong = readEhcRequests('Case ref,Request received,Decision exception\nR-1,08/01/2024,b');
    expect(wrong.problems.map((p) => p.message)).toEqual([
      'rows[2]["Decision exception"]: expected a regulation 5(4) exception in words: "Setting closed", "Personal circumstances", "Absent from area", or nothing, found "b".',
    ]);
  });

  it('names the row as the sheet numbers it and the column by its header for every cell it cannot read', () => {
    const result = readEhcRequests(
      [
        'Reference\tReceived\tDecision\tFinal issued\tException',
        'R-1\t2024/13/01\t\t\t',
        'R-2\t08/01/2024\tmaybe\t32/05/2024\tsummer',
        '\t08/01/2024\t\t\t',
        'R-4\t08/01/2024\t\t01/01/2024\t',
        'R-4\t09/01/2024\t\t\t',
      ].join('\n'),
    );
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message)).toEqual([
      'rows[2].Received: expected a date written day/month/year, like 08/01/2024 or 8 Jan 2024, found "2024/13/01".',
      'rows[3].Decision: expected "Assess" or "Not assess" (or Yes or No), found "maybe".',
      'rows[3]["Final issued"]: expected a date written day/month/year, like 08/01/2024 or 8 Jan 2024, found "32/05/2024".',
      'rows[3].Exception: expected a regulation 10(4) exception: "Setting closed", "Personal circumstances", "Absent from area" (or a to d), or nothing, found "summer".',
      'rows[4].Reference: expected the case ref, found nothing.',
      'rows[5]["Final issued"]: expected a date on or after the request was received (8 Jan 2024), found "2024-01-01".',
      'rows[6].Reference: expected a case ref given once; it is also at row 5, found "R-4".',
    ]);
  });

  it('names a placeholder date such as 31/12/9999 as no date, in a case list and in records given as data', () => {
    // Some case systems write 31/12/9999 for "not yet": counted, it would be a plan issued in 9999,
    // and a request received then would have its 20 weeks end after the last date there is.
    const read = readEhcRequests('Case ref\tRequest received\tFinal plan issued\nR-1\t08/01/2024\t31/12/9999\nR-2\t31/12/2100\t\n');
    expect(read.problems.map((p) => p.message)).toEqual([
      'rows[2]["Final plan issued"]: expected a date up to 31 Dec 2100 (31/12/9999 and the like stand for no date: leave it out), found "31/12/9999".',
    ]);
    expect(parseEhcRequests([{ ref: 'R-1', received: '9999-12-31' }]).problems.map((p) => p.message)).toEqual([
      '[0].received: expected a date up to 31 Dec 2100 (31/12/9999 and the like stand for no date: leave it out), found "9999-12-31".',
    ]);
  });

  it('asks for the columns it cannot do without', () => {
    expect(readEhcRequests('Name,Date\nSam,08/01/2024').problems.map((p) => p.message)).toEqual([
      'rows[1]: expected a header row with a "Case ref" column and a "Request received" column, found "Name | Date".',
    ]);
    expect(readEhcRequests('Case ref,Date of request\n').problems.map((p) => p.message)).toEqual([
      'rows[2]: expected a row for each request, found no rows.',
    ]);
    expect(readEhcRequests(' \n').problems.map((p) => p.message)).toEqual([
      '(root): expected a case list with a header row, found no text.',
    ]);
  });
});
