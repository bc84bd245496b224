import { Button, Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { BoardBed } from '../../../../../shared/ipc/beds';
import { useMay } from '../../auth';
import { bedsPaths } from '../paths';

type ActionKey = 'admit' | 'move' | 'leaveOut' | 'leaveBack' | 'discharge' | 'critical';

/** What may be done with one bed today, by this role: the paths of the stay pages. */
export function useBedActions(bed: BoardBed, date: string): { key: ActionKey; path: string }[] {
  const mayStays = useMay('stays.manage');
  const mayCare = useMay('care.record');
  const out: { key: ActionKey; path: string }[] = [];
  if (bed.state === 'free') {
    if (mayStays) out.push({ key: 'admit', path: bedsPaths.admit({ bedId: bed.id, date }) });
    return out;
  }
  const occupant = bed.occupant;
  if (bed.state !== 'occupied' || occupant === null) return out;
  const { personId, leave } = occupant;
  if (mayStays) out.push({ key: 'move', path: bedsPaths.move(personId) });
  if (mayCare)
    out.push(
      leave === null
        ? { key: 'leaveOut', path: bedsPaths.leaveOut(personId) }
        : { key: 'leaveBack', path: bedsPaths.leaveBack(personId, leave.id) },
    );
  if (mayStays) out.push({ key: 'discharge', path: bedsPaths.discharge(personId) });
  if (mayCare) out.push({ key: 'critical', path: bedsPaths.critical(personId) });
  return out;
}

/**
 * The bed's actions as one small menu button (Enter opens it, the arrow keys
 * walk it). A free bed has one action, shown as a plain button.
 */
export function BedActions({ bed, date, disabled }: { bed: BoardBed; date: string; disabled: boolean }) {
  const { t } = useTranslation('beds');
  const navigate = useNavigate();
  const actions = useBedActions(bed, date);
  const [first] = actions;
  if (first === undefined) return null;
  if (actions.length === 1) {
    return (
      <Button
        size="small"
        type={first.key === 'admit' ? 'primary' : 'default'}
        disabled={disabled}
        onClick={() => void navigate(first.path)}
        data-testid={`bed-action-${first.key}`}
      >
        {t(`board.action.${first.key}`)}
      </Button>
    );
  }
  const items: MenuProps['items'] = actions.map((action) => ({
    key: action.key,
    label: <span data-testid={`bed-action-${action.key}`}>{t(`board.action.${action.key}`)}</span>,
  }));
  return (
    <Dropdown
      trigger={['click']}
      autoFocus
      disabled={disabled}
      menu={{
        items,
        onClick: ({ key }) => {
          const chosen = actions.find((action) => action.key === key);
          if (chosen) void navigate(chosen.path);
        },
      }}
    >
      <Button size="small" aria-label={t('board.actionsFor', { bed: bed.label })} data-testid="bed-actions">
        {t('board.actions')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
