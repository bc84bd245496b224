import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../../../shared/ipc/people';

/** One problem of an import row in words, naming the column's field when it is about one. */
export function useProblemText(): (problem: ImportProblem) => string {
  const { t } = useTranslation(['people', 'errors']);
  return (problem) => {
    const text = t(problem.code, {
      ns: 'errors',
      ...problem.params,
      defaultValue: t('people:import.unknownProblem'),
    });
    if (!problem.field) return text;
    const field = t(`fields.${problem.field}`);
    // "Name: name is missing" says it twice; name the field only when the message does not.
    return text.toLowerCase().includes(field.toLowerCase()) ? text : t('import.problemOn', { field, text });
  };
}
