import { Button } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { routes } from '../routes';

/** Back to the person's page, the way into every assessment. */
export function BackToPerson({ personId }: { personId: string }) {
  const { t } = useTranslation('assessment');
  const navigate = useNavigate();
  return (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => void navigate(routes.person(personId))}
      data-testid="assessment-back"
    >
      {t('back')}
    </Button>
  );
}
