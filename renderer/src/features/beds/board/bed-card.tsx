import { Flex } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { abilityLevelLabelKey } from '../../../../../shared/domain/ability';
import { riskLabelKey } from '../../../../../shared/domain/risk';
import type { BoardBed, BoardOccupant } from '../../../../../shared/ipc/beds';
import { useDateText } from '../../../i18n/use-date-text';
import { useFormat } from '../../../i18n/use-format';
import { useShortDate } from './use-short-date';
import { peoplePaths } from '../../people';
import { bedsPaths } from '../paths';
import { BedActions } from './bed-actions';
import { Flag } from './flag';

const CARD_BORDER = { occupied: '#8c8c8c', free: '#b7eb8f', closed: '#d9d9d9' } as const;
const CARD_GROUND = { occupied: '#fff', free: '#f6ffed', closed: '#f5f5f5' } as const;

interface Props {
  bed: BoardBed;
  date: string;
  /** Changes are offered only on today's board, and not while the data is read-only. */
  actionable: boolean;
  readOnly: boolean;
}

/** One bed on the board: who lies there and how they are, or why nobody does. */
export function BedCard({ bed, date, actionable, readOnly }: Props) {
  const { t } = useTranslation('beds');
  return (
    <div
      data-testid="bed-card"
      data-bed={bed.label}
      data-state={bed.state}
      style={{
        width: 176,
        padding: '6px 8px',
        border: `1px solid ${CARD_BORDER[bed.state]}`,
        background: CARD_GROUND[bed.state],
        borderRadius: 6,
        display: 'flex',
        flexDirection: 'column',
        gap: 4,
        fontSize: 14,
      }}
    >
      <Flex justify="space-between" align="center" gap={4}>
        <strong style={{ fontSize: 15 }} data-testid="bed-label">
          {bed.label}
        </strong>
        {bed.type === 'nursing' && <Flag tone="info">{t('board.bedType.nursing')}</Flag>}
      </Flex>
      <div style={{ flex: 1 }}>
        {bed.occupant ? (
          <OccupantLines occupant={bed.occupant} />
        ) : bed.state === 'closed' ? (
          <ClosedLines bed={bed} />
        ) : (
          <span style={{ color: '#3f6600', fontWeight: 600 }} data-testid="bed-free">
            {t('board.free')}
          </span>
        )}
      </div>
      <Flex justify="space-between" align="center" gap={4}>
        <Link to={bedsPaths.bed(bed.id)} data-testid="bed-history-link">
          {t('board.history')}
        </Link>
        {actionable && <BedActions bed={bed} date={date} disabled={readOnly} />}
      </Flex>
    </div>
  );
}

function OccupantLines({ occupant }: { occupant: BoardOccupant }) {
  const { t } = useTranslation(['beds', 'domain', 'people']);
  const format = useFormat();
  const shortDate = useShortDate();
  const { leave } = occupant;
  return (
    <Flex vertical gap={2}>
      <Link
        to={peoplePaths.person(occupant.personId)}
        style={{ fontSize: 16, fontWeight: 600 }}
        data-testid="bed-occupant"
      >
        {occupant.name}
      </Link>
      <span>{t('board.sexAge', { sex: t(`domain:sex.${occupant.sex}`), age: occupant.age })}</span>
      <span data-testid="bed-level">
        {occupant.abilityLevel === null ? t('board.noLevel') : t(abilityLevelLabelKey(occupant.abilityLevel))}
      </span>
      <Flex gap={4} wrap>
        {occupant.isNew && (
          <Flag tone="success" strong title={t('board.newTitle')} testId="bed-new">
            {t('board.new')}
          </Flag>
        )}
        {occupant.critical && (
          <Flag tone="danger" strong testId="bed-critical">
            {t('board.critical')}
          </Flag>
        )}
        {leave && (
          <Flag tone={leave.overdue ? 'danger' : 'warning'} testId="bed-away">
            {t(`board.${leave.kind}`)}
            {' · '}
            {leave.expectedReturn === null
              ? t('board.noReturnDate')
              : t('board.expectedBack', { date: shortDate(leave.expectedReturn) })}
          </Flag>
        )}
        {leave?.overdue && (
          <Flag tone="danger" strong testId="bed-overdue">
            {t('board.overdue')}
          </Flag>
        )}
      </Flex>
      {occupant.highRisks.length > 0 && (
        <span style={{ color: '#820014' }} data-testid="bed-risks">
          {t('board.highRisks', {
            risks: format.list(occupant.highRisks.map((code) => t(riskLabelKey(code)))),
          })}
        </span>
      )}
    </Flex>
  );
}

function ClosedLines({ bed }: { bed: BoardBed }) {
  const { t } = useTranslation('beds');
  const dateText = useDateText();
  const closure = bed.closure;
  return (
    <Flex vertical gap={2} data-testid="bed-closed">
      <strong style={{ color: '#434343' }}>{t('board.closed')}</strong>
      {closure === null ? (
        <span>{t('board.notInService')}</span>
      ) : (
        <>
          <span>{t(`board.closureReason.${closure.reason}`)}</span>
          <span>
            {closure.to === null
              ? t('board.closedSince', { from: dateText(closure.from) })
              : t('board.closedUntil', { to: dateText(closure.to) })}
          </span>
          {closure.notes && <span style={{ color: '#434343' }}>{closure.notes}</span>}
        </>
      )}
    </Flex>
  );
}
