import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { appPaths } from '../paths';
import { PageTitle } from '../../components/page-title';

export function NotFoundPage() {
  const { t } = useTranslation('app');
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<PageTitle style={{ margin: 0 }}>{t('notFound.title')}</PageTitle>}
      extra={
        <Button type="primary" onClick={() => void navigate(appPaths.home)}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
