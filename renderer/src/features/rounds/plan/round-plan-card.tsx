import { Button, Card, Typography } from 'antd';
import { ScheduleOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMay } from '../../auth';
import { roundsPaths } from '../paths';

/** On the settings page: where the round plan and the fire patrol checklist are set. */
export function RoundPlanCard() {
  const { t } = useTranslation('rounds');
  const navigate = useNavigate();
  if (!useMay('settings.manage')) return null;
  return (
    <Card
      title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('plan.cardTitle')}</h2>}
      data-testid="round-plan-card"
    >
      <Typography.Paragraph>{t('plan.cardBody')}</Typography.Paragraph>
      <Button
        icon={<ScheduleOutlined />}
        onClick={() => void navigate(roundsPaths.plan)}
        data-testid="round-plan-open"
      >
        {t('plan.open')}
      </Button>
    </Card>
  );
}
