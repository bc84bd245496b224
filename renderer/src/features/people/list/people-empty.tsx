import { Button, Empty, Flex, Typography } from 'antd';
import { ClearOutlined, ImportOutlined, UserAddOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../../../app';
import { peoplePaths } from '../paths';
import { TemplateButton } from './template-button';
import { useMay } from '../../auth';

/** A new center with no elder yet: what to do first, not "nothing matches". */
export function PeopleFirstUse() {
  const { t } = useTranslation('people');
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const mayWrite = useMay('elders.write');
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Flex vertical gap={4}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('list.firstUse.title')}
          </Typography.Text>
          <Typography.Text>{t('list.firstUse.help')}</Typography.Text>
        </Flex>
      }
      data-testid="people-first-use"
    >
      <Flex gap={8} justify="center" wrap>
        {mayWrite && (
          <Button
            type="primary"
            icon={<UserAddOutlined />}
            disabled={readOnly}
            onClick={() => void navigate(peoplePaths.personNew)}
            data-testid="people-first-add"
          >
            {t('list.add')}
          </Button>
        )}
        {mayWrite && (
          <Button
            icon={<ImportOutlined />}
            disabled={readOnly}
            onClick={() => void navigate(peoplePaths.peopleImport)}
            data-testid="people-first-import"
          >
            {t('list.import')}
          </Button>
        )}
        {mayWrite && <TemplateButton />}
      </Flex>
    </Empty>
  );
}

/** A search or filter that found nobody, with the way back to everyone. */
export function PeopleNoMatch({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation('people');
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('list.empty')} data-testid="people-no-match">
      <Button icon={<ClearOutlined />} onClick={onClear} data-testid="people-no-match-clear">
        {t('list.clearAll')}
      </Button>
    </Empty>
  );
}
