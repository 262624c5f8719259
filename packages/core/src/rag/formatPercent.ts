/**
 * A number to the nearest whole where it is within 0.05 of one, and to one decimal otherwise: the
 * precision a RAG reason writes percentages and the points between them in, so its figures add up.
 *
 * @example
 * wholeOrTenth(44.12); // '44.1'
 * wholeOrTenth(5); // '5'
 */
export const wholeOrTenth = (value: number): string =>
  Math.abs(value - Math.round(value)) < 0.05 ? String(Math.round(value)) : value.toFixed(1);

/**
 * A share of work done as a reason and a view write it: "5%", "12.5%", "49.1%". An action's
 * reported figure is shown as reported, to a tenth, so a page or document that gives it beside
 * the action's RAG reason gives the same number.
 *
 * @example
 * formatPercent(12.5); // '12.5%'
 * formatPercent(40); // '40%'
 */
export const formatPercent = (value: number): string => `${wholeOrTenth(value)}%`;
