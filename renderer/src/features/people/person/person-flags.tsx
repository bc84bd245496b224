import { Space, Tag, Tooltip } from 'antd';
import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

interface Props {
  incomplete: boolean;
  reassessmentDue: boolean;
}

/** 资料不全 (no ID number yet) and 待复评 (ability assessment due again), as small warning tags. */
export function PersonFlags({ incomplete, reassessmentDue }: Props) {
  const { t } = useTranslation('people');
  if (!incomplete && !reassessmentDue) return null;
  return (
    <Space size={4} wrap>
      {incomplete && (
        <Tooltip title={t('flags.incompleteHelp')}>
          <Tag color="warning" icon={<ExclamationCircleOutlined />} data-testid="person-flag-incomplete">
            {t('flags.incomplete')}
          </Tag>
        </Tooltip>
      )}
      {reassessmentDue && (
        <Tooltip title={t('flags.dueHelp')}>
          <Tag color="processing" icon={<ClockCircleOutlined />} data-testid="person-flag-due">
            {t('flags.due')}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}
