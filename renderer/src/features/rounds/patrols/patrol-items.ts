/** The pure rules of the fire patrol screen: keys, and what must be answered before saving. */
export type PatrolResult = 'ok' | 'finding';

export interface PatrolAnswer {
  item: string;
  result: PatrolResult | null;
  finding: string;
  fix: string;
}

/** Y or space: ok; F: a finding. Other keys give nothing. */
export function patrolResultOfKey(key: string): PatrolResult | null {
  if (key === 'y' || key === 'Y' || key === ' ') return 'ok';
  if (key === 'f' || key === 'F') return 'finding';
  return null;
}

export function blankAnswers(items: readonly string[]): PatrolAnswer[] {
  return items.map((item) => ({ item, result: null, finding: '', fix: '' }));
}

export type PatrolProblem = { index: number; kind: 'unanswered' | 'findingRequired' };

/** What the core would refuse, found before the call: every line answered, a finding always described. */
export function patrolProblems(answers: readonly PatrolAnswer[]): PatrolProblem[] {
  const out: PatrolProblem[] = [];
  answers.forEach((a, index) => {
    if (a.result === null) out.push({ index, kind: 'unanswered' });
    else if (a.result === 'finding' && a.finding.trim() === '') out.push({ index, kind: 'findingRequired' });
  });
  return out;
}
