import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../shared/schema';

/** What an open incident still lacks before a manager may close it (the core's own two conditions). */
export function missingForClose(incident: Incident): { notNotified: boolean; notReviewed: boolean } {
  const told = incident.familyNotification;
  return {
    notNotified: told === null || told.by === '' || told.channel === 'unrecorded',
    notReviewed: incident.review === null || incident.review.correctiveAction === '',
  };
}

/** Open: what is missing (family not told, no review) or ready to close; closed: by whom. */
export function IncidentState({ incident }: { incident: Incident }) {
  const { t } = useTranslation('incidents');
  if (incident.closed !== null)
    return (
      <Tag color="default" data-testid="incident-state-closed">
        {t('list.state.closedBy', { name: incident.closed.by })}
      </Tag>
    );
  const missing = missingForClose(incident);
  return (
    <Space size={4} wrap data-testid="incident-state-open">
      <Tag color="warning">{t('list.state.open')}</Tag>
      {missing.notNotified && (
        <Tag color="error" data-testid="incident-state-not-notified">
          {t('list.state.notNotified')}
        </Tag>
      )}
      {missing.notReviewed && (
        <Tag color="error" data-testid="incident-state-not-reviewed">
          {t('list.state.notReviewed')}
        </Tag>
      )}
      {!missing.notNotified && !missing.notReviewed && (
        <Tag color="success">{t('list.state.readyToClose')}</Tag>
      )}
    </Space>
  );
}
