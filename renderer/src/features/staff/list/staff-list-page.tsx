import { useMay } from '../../auth';
import { PageTitle } from '../../../components/page-title';
import { useState } from 'react';
import { Button, Card, Empty, Flex, Input, Segmented, Select, Typography } from 'antd';
import { ClockCircleOutlined, SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../../../app';
import { staffPaths } from '../paths';
import { usePostLabel } from '../post-label';
import { usePosts, useStaffList } from '../queries';
import { CertificatesDueCard } from './certificates-due-card';
import { StaffTable } from './staff-table';

type ActiveFilter = 'active' | 'inactive' | 'all';

const ACTIVE_ARG: Record<ActiveFilter, boolean | undefined> = {
  active: true,
  inactive: false,
  all: undefined,
};

/** 员工: who works here, on what post and area, and whose certificates need renewing. */
export function StaffListPage() {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const mayManage = useMay('staff.manage');
  const postLabel = usePostLabel();
  const [state, setState] = useState<ActiveFilter>('active');
  const [post, setPost] = useState<string | undefined>(undefined);
  const [query, setQuery] = useState('');
  const list = useStaffList({ active: ACTIVE_ARG[state], post, query: query.trim() || undefined });
  const everyone = useStaffList({});
  const posts = usePosts().data;
  const postOptions = [...(posts?.builtIn ?? []), ...(posts?.custom ?? [])].map((p) => ({
    value: p,
    label: postLabel(p),
  }));
  const firstUse = everyone.data !== undefined && everyone.data.length === 0;

  const add = (testId: string) => (
    <Button
      type="primary"
      icon={<UserAddOutlined />}
      disabled={readOnly}
      onClick={() => void navigate(staffPaths.staffNew)}
      data-testid={testId}
    >
      {t('list.add')}
    </Button>
  );

  return (
    <div data-testid="staff-page">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <PageTitle style={{ margin: 0 }}>{t('list.title')}</PageTitle>
        <Flex gap={8} wrap>
          <Button
            icon={<ClockCircleOutlined />}
            onClick={() => void navigate(staffPaths.shifts)}
            data-testid="staff-shifts"
          >
            {t('nav.shifts')}
          </Button>
          {mayManage && add('staff-add')}
        </Flex>
      </Flex>
      {firstUse ? (
        <Card data-testid="staff-empty">
          <Empty description={<Typography.Text>{t('list.empty.title')}</Typography.Text>}>
            <Typography.Paragraph type="secondary">{t('list.empty.body')}</Typography.Paragraph>
            {mayManage && add('staff-empty-add')}
          </Empty>
        </Card>
      ) : (
        <Flex vertical gap={16}>
          <CertificatesDueCard mayEdit={mayManage} />
          <Card>
            <Flex vertical gap={12}>
              <Flex gap={12} wrap align="center">
                <Input
                  allowClear
                  autoFocus
                  prefix={<SearchOutlined />}
                  placeholder={t('list.search')}
                  aria-label={t('list.search')}
                  value={query}
                  onChange={(event) => setQuery(event.target.value)}
                  style={{ width: 320, maxWidth: '100%' }}
                  data-testid="staff-search"
                />
                <Segmented<ActiveFilter>
                  value={state}
                  onChange={setState}
                  options={(['active', 'inactive', 'all'] as const).map((value) => ({
                    value,
                    label: t(`list.state.${value}`),
                  }))}
                  data-testid="staff-filter-active"
                />
                <Select
                  allowClear
                  placeholder={t('list.postAll')}
                  aria-label={t('list.columns.post')}
                  value={post}
                  onChange={(value: string | undefined) => setPost(value)}
                  options={postOptions}
                  style={{ width: 180 }}
                  data-testid="staff-filter-post"
                />
              </Flex>
              <StaffTable items={list.data ?? []} loading={list.isFetching} mayEdit={mayManage} />
            </Flex>
          </Card>
        </Flex>
      )}
    </div>
  );
}
