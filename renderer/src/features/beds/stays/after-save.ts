/**
 * Runs the handlers of a save even when the form is gone by then: react-query
 * drops `mutate`'s own callbacks once the component unmounts, and saving
 * often unmounts it (the leave just ended, the stay just closed, so the page
 * re-reads and shows something else).
 */
export function afterSave<T>(
  saving: Promise<T>,
  handlers: { onSuccess: (value: T) => void; onError: (error: unknown) => void },
): void {
  saving.then(handlers.onSuccess, handlers.onError);
}
