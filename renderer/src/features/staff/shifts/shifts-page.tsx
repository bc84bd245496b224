import { useMay } from '../../auth';
import { PageTitle } from '../../../components/page-title';
import { useState } from 'react';
import { Breadcrumb, Button, Card, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { DayCodeInput, ShiftTemplateInput } from '../../../../../shared/ipc/staff';
import { useReadOnly } from '../../../app';
import { staffPaths } from '../paths';
import { useDayCodes, useShiftTemplates } from '../queries';
import { DayCodeForm, NEW_DAY_CODE, dayCodeToForm } from './day-code-form';
import { DayCodeTable } from './day-code-table';
import { PostsCard } from './posts-card';
import { NEW_SHIFT, ShiftTemplateForm, shiftToForm } from './shift-template-form';
import { ShiftTemplateTable } from './shift-template-table';

/** 班次与日程代码: the roster's shift templates, its day codes without times, and the center's posts. */
export function ShiftsPage() {
  const { t } = useTranslation('staff');
  const readOnlyData = useReadOnly();
  const mayManage = useMay('staff.manage');
  // A role that may only read sees the lists with their buttons off; the core refuses the rest anyway.
  const readOnly = readOnlyData || !mayManage;
  const templates = useShiftTemplates();
  const dayCodes = useDayCodes();
  const [shift, setShift] = useState<ShiftTemplateInput | null>(null);
  const [dayCode, setDayCode] = useState<DayCodeInput | null>(null);
  return (
    <div data-testid="shifts-page">
      <Breadcrumb
        items={[
          { title: <Link to={staffPaths.staff}>{t('list.title')}</Link> },
          { title: t('shifts.title') },
        ]}
      />
      <PageTitle>{t('shifts.title')}</PageTitle>
      <Flex vertical gap={16}>
        <Card
          title={t('shifts.templates')}
          extra={
            <Button
              icon={<PlusOutlined />}
              disabled={readOnly}
              onClick={() => setShift({ ...NEW_SHIFT })}
              data-testid="shift-add"
            >
              {t('shifts.add')}
            </Button>
          }
        >
          <Typography.Paragraph type="secondary">{t('shifts.templatesHelp')}</Typography.Paragraph>
          <ShiftTemplateTable
            items={templates.data ?? []}
            loading={templates.isFetching}
            onEdit={(s) => setShift(shiftToForm(s))}
          />
        </Card>
        <Card
          title={t('dayCodes.title')}
          extra={
            <Button
              icon={<PlusOutlined />}
              disabled={readOnly}
              onClick={() => setDayCode({ ...NEW_DAY_CODE })}
              data-testid="daycode-add"
            >
              {t('dayCodes.add')}
            </Button>
          }
        >
          <Typography.Paragraph type="secondary">{t('dayCodes.help')}</Typography.Paragraph>
          <DayCodeTable
            items={dayCodes.data ?? []}
            loading={dayCodes.isFetching}
            onEdit={(d) => setDayCode(dayCodeToForm(d))}
          />
        </Card>
        <PostsCard disabled={readOnly} />
      </Flex>
      <ShiftTemplateForm initial={shift} disabled={readOnly} onClose={() => setShift(null)} />
      <DayCodeForm initial={dayCode} disabled={readOnly} onClose={() => setDayCode(null)} />
    </div>
  );
}
