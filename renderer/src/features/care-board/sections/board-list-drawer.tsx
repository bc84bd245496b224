import { Flex, Modal, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { riskLabelKey } from '../../../../../shared/domain/risk';
import type { CareBoardView } from '../../../../../shared/ipc/board';
import { useDateText } from '../../../i18n/use-date-text';
import { useFormat } from '../../../i18n/use-format';
import { bedsPaths, useBoard } from '../../beds';
import { peoplePaths, usePerson } from '../../people';
import { LIST_KIND, indexBedBoard, listRows } from '../board-lists';
import type { ListKey, ListRow, Place } from '../board-lists';
import { careBoardPaths } from '../paths';
import { WARN } from './colours';

interface Props {
  view: CareBoardView;
  /** The list shown; null: closed. */
  listKey: ListKey | null;
  onClose: () => void;
}

/** The people, beds or incidents behind one number of the board. */
export function BoardListDrawer({ view, listKey, onClose }: Props) {
  const { t } = useTranslation('care-board');
  const format = useFormat();
  const bedBoard = useBoard(view.date);
  const rows = listKey ? listRows(view, listKey, indexBedBoard(bedBoard.data)) : [];
  const kind = listKey ? LIST_KIND[listKey] : null;
  return (
    <Modal
      open={listKey !== null}
      onCancel={onClose}
      width={560}
      title={
        listKey
          ? t('list.title', { label: t(`counts.${listKey}`), count: format.number(view[listKey].count) })
          : ''
      }
      loading={bedBoard.isPending}
      footer={
        kind === 'incident' ? (
          <Link to={careBoardPaths.incidents(view.openIncidents.ids)}>{t('list.allIncidents')}</Link>
        ) : (
          <Link to={bedsPaths.board()}>{t('list.bedBoard')}</Link>
        )
      }
    >
      <div className="care-board" data-testid={listKey ? `board-list-${listKey}` : undefined}>
        {rows.length === 0 ? (
          <Typography.Text style={{ fontSize: 16 }}>{t('list.empty')}</Typography.Text>
        ) : (
          <ul className="board-lines board-list-rows">
            {rows.map((row) => (
              <li key={row.key} data-testid="board-list-row">
                <Row row={row} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </Modal>
  );
}

function Row({ row }: { row: ListRow }) {
  switch (row.kind) {
    case 'person':
      return <PersonRow row={row} />;
    case 'bed':
      return <BedRow row={row} />;
    case 'incident':
      return <IncidentRow row={row} />;
  }
}

function PlaceText({ place }: { place: Place | null }) {
  const { t } = useTranslation('care-board');
  return (
    <span data-testid="board-list-place">
      {place ? t('list.place', { building: place.building, bed: place.bed }) : t('list.noBed')}
    </span>
  );
}

function PersonRow({ row }: { row: Extract<ListRow, { kind: 'person' }> }) {
  const { t } = useTranslation(['care-board', 'domain']);
  const dateText = useDateText();
  const { list: listText } = useFormat();
  const { leave } = row;
  return (
    <Flex vertical gap={2} style={{ fontSize: 15 }}>
      <Flex gap={10} wrap align="baseline">
        {row.personId === '' ? (
          <span>{t('list.unknown')}</span>
        ) : (
          <Link
            to={peoplePaths.person(row.personId)}
            style={{ fontSize: 17, fontWeight: 600 }}
            data-testid="board-list-name"
          >
            {row.name ?? <PersonName id={row.personId} />}
          </Link>
        )}
        <PlaceText place={row.place} />
      </Flex>
      <Flex gap={10} wrap>
        {row.since && (
          <Typography.Text type="secondary">
            {leave
              ? t('list.awaySince', { date: dateText(row.since) })
              : t('list.admittedOn', { date: dateText(row.since) })}
          </Typography.Text>
        )}
        {leave && (
          <span>
            {leave.expectedReturn
              ? t('list.expectedBack', { date: dateText(leave.expectedReturn) })
              : t('list.noReturnDate')}
          </span>
        )}
        {leave?.overdue && (
          <Tag color="error" style={{ fontSize: 14 }}>
            {t('list.overdue')}
          </Tag>
        )}
      </Flex>
      {row.risks.length > 0 && (
        <span style={{ color: WARN }}>{listText(row.risks.map((code) => t(riskLabelKey(code))))}</span>
      )}
    </Flex>
  );
}

/** An elder the bed board does not hold (left today, say): the name from the elder's record. */
function PersonName({ id }: { id: string }) {
  const { t } = useTranslation('care-board');
  const person = usePerson(id);
  return <>{person.data?.person.name ?? (person.isError ? t('list.unknown') : '…')}</>;
}

function BedRow({ row }: { row: Extract<ListRow, { kind: 'bed' }> }) {
  const { t } = useTranslation('care-board');
  const dateText = useDateText();
  const { closure } = row;
  return (
    <Flex gap={10} wrap align="baseline" style={{ fontSize: 15 }}>
      <Link
        to={bedsPaths.bed(row.bedId)}
        style={{ fontSize: 17, fontWeight: 600 }}
        data-testid="board-list-name"
      >
        <PlaceText place={row.place} />
      </Link>
      {closure && (
        <span>
          {t('list.closedSince', { date: dateText(closure.from) })}
          {closure.to ? ` ${t('list.closedUntil', { date: dateText(closure.to) })}` : ''}
        </span>
      )}
    </Flex>
  );
}

function IncidentRow({ row }: { row: Extract<ListRow, { kind: 'incident' }> }) {
  const { t } = useTranslation(['care-board', 'domain']);
  const dateText = useDateText();
  const { list: listText } = useFormat();
  const { incident } = row;
  return (
    <Flex vertical gap={2} style={{ fontSize: 15 }}>
      <Link
        to={careBoardPaths.incident(incident)}
        style={{ fontSize: 17, fontWeight: 600 }}
        data-testid="board-list-name"
      >
        {t('list.incident', {
          date: dateText(incident.date),
          time: incident.occurredTime,
          category: t(`domain:incident.${incident.category}`),
        })}
      </Link>
      {incident.names.length > 0 && <span>{listText(incident.names)}</span>}
      <Flex gap={6} wrap>
        <Tag color={incident.familyNotified ? 'success' : 'error'} style={{ fontSize: 14 }}>
          {incident.familyNotified ? t('list.familyNotified') : t('list.familyNotNotified')}
        </Tag>
        <Tag color={incident.reviewed ? 'success' : 'warning'} style={{ fontSize: 14 }}>
          {incident.reviewed ? t('list.reviewed') : t('list.notReviewed')}
        </Tag>
      </Flex>
    </Flex>
  );
}
