import { useState } from 'react';

/**
 * A text box's own state that follows its value in the address when that
 * changes from elsewhere (the sidebar's "Elders" entry clears the search),
 * but not while the user's own typing is on its way there.
 */
export function useExternalText(external: string): [string, (text: string) => void] {
  const [text, setText] = useState(external);
  const [seen, setSeen] = useState(external);
  if (seen !== external) {
    // Adjusting state while rendering, as React recommends for values derived from props.
    setSeen(external);
    if (external !== text.trim()) setText(external);
  }
  return [text, setText];
}
