import { Badge } from 'antd';
import { usePeopleDue } from '../queries';

/** How many elders wait for a reassessment, beside the sidebar entry (hidden at zero). */
export function DueCountBadge() {
  const dueCount = usePeopleDue().data?.length ?? 0;
  return <Badge count={dueCount} overflowCount={99} size="small" data-testid="nav-due-count" />;
}
