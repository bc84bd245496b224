import { Button, Card, Descriptions } from 'antd';
import type { DescriptionsProps } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CenterProfile } from '../../../../shared/schema';
import { settingsPaths } from '../settings';

/** The saved profile as text, with a way to edit it in Settings. */
export function CenterDetails({ center }: { center: CenterProfile }) {
  const { t } = useTranslation('app');
  const navigate = useNavigate();
  const notSet = t('home.notSet');
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('home.name'), children: center.name, span: 2 },
    {
      key: 'location',
      label: t('home.location'),
      children: t('home.locationValue', { county: center.county, township: center.township }),
    },
    { key: 'licence', label: t('home.licenceNumber'), children: center.licenceNumber },
    { key: 'contact', label: t('home.contact'), children: center.contactPerson },
    { key: 'phone', label: t('home.phone'), children: center.phone },
    { key: 'address', label: t('home.address'), children: center.address || notSet, span: 2 },
  ];
  return (
    <Card
      title={t('home.centerTitle')}
      extra={
        <Button
          icon={<EditOutlined />}
          onClick={() => void navigate(settingsPaths.settings)}
          data-testid="home-edit-center"
        >
          {t('home.editProfile')}
        </Button>
      }
    >
      <Descriptions column={{ xs: 1, sm: 2 }} items={items} data-testid="home-center" />
    </Card>
  );
}
