import { Button, Card, Empty, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMay } from '../../auth';
import { bedsPaths } from '../paths';

/** No beds yet: what to do next, or who can do it. */
export function BoardEmpty() {
  const { t } = useTranslation('beds');
  const navigate = useNavigate();
  const maySetUp = useMay('settings.manage');
  return (
    <Card data-testid="board-empty">
      <Empty description={<Typography.Text strong>{t('board.empty.title')}</Typography.Text>}>
        <Typography.Paragraph>
          {maySetUp ? t('board.empty.body') : t('board.empty.askAdmin')}
        </Typography.Paragraph>
        {maySetUp && (
          <Button
            type="primary"
            onClick={() => void navigate(bedsPaths.setup)}
            data-testid="board-empty-setup"
          >
            {t('board.empty.setup')}
          </Button>
        )}
      </Empty>
    </Card>
  );
}
