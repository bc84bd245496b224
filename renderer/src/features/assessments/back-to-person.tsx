import { Button } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { peoplePaths } from '../people';

/** Back to the person's page, the way into every assessment. */
export function BackToPerson({ personId }: { personId: string }) {
  const { t } = useTranslation('assessment');
  const navigate = useNavigate();
  return (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => void navigate(peoplePaths.person(personId))}
      data-testid="assessment-back"
    >
      {t('back')}
    </Button>
  );
}
