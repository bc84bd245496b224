import { useState } from 'react';
import { Alert, App, Button, Flex, Skeleton, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { RoundPlanView } from '../../../../../shared/ipc/rounds';
import { ApiError } from '../../../api/api-error';
import { PageTitle } from '../../../components/page-title';
import { useSaveShortcut } from '../../../components/form';
import { todayIso } from '../../../components/today-iso';
import { roundsPaths } from '../paths';
import { usePlanFacility, useRoundPlan, useSavePlan } from '../queries';
import { useLeaveGuard } from '../use-leave-guard';
import { AreaEditor } from './area-editor';
import { PatrolPlanEditor } from './patrol-plan-editor';
import { PlanPreview } from './plan-preview';
import { newArea, placeOptions } from './plan-values';

/** 查房计划: the rounds per area and the fire patrol checklist, in settings. */
export function RoundPlanPage() {
  const { t } = useTranslation('rounds');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const plan = useRoundPlan();
  const facility = usePlanFacility();
  const save = useSavePlan();
  // The plan as edited here; the saved one until the first change.
  const [edited, setEdited] = useState<RoundPlanView | null>(null);
  const draft = edited ?? plan.data ?? null;
  const dirty = edited !== null;
  const [errors, setErrors] = useState<{ paths: Record<string, string>; form?: string }>({ paths: {} });
  useLeaveGuard(dirty);

  const edit = (next: RoundPlanView) => setEdited(next);
  const submit = () => {
    if (!draft || save.isPending) return;
    setErrors({ paths: {} });
    save.mutate(
      { areas: draft.areas.map((a) => ({ ...a, name: a.name.trim() })), firePatrol: draft.firePatrol },
      {
        onSuccess: () => {
          setEdited(null);
          void message.success(t('plan.saved'));
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return setErrors({ paths: {}, form: String(error) });
          const paths: Record<string, string> = {};
          for (const issue of error.fields) paths[issue.path] ??= issue.message;
          setErrors({ paths, ...(error.fields.length === 0 ? { form: error.message } : {}) });
        },
      },
    );
  };
  useSaveShortcut(submit, draft !== null);

  const places = placeOptions(facility.data?.buildings ?? [], facility.data?.rooms ?? [], (building, floor) =>
    t('plan.floor', { building, floor }),
  );
  const errorAt = (path: string) => errors.paths[path];
  return (
    <div data-testid="round-plan-page">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <PageTitle style={{ margin: 0 }}>{t('plan.title')}</PageTitle>
        <Button onClick={() => void navigate(roundsPaths.day())}>{t('patrols.backToRounds')}</Button>
      </Flex>
      {!draft ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('plan.help')}
          </Typography.Paragraph>
          {draft.areas.map((area, index) => (
            <AreaEditor
              key={index}
              index={index}
              area={area}
              places={places}
              errorAt={errorAt}
              onChange={(next) =>
                edit({ ...draft, areas: draft.areas.map((a, i) => (i === index ? next : a)) })
              }
              onRemove={
                draft.areas.length > 1
                  ? () => edit({ ...draft, areas: draft.areas.filter((_, i) => i !== index) })
                  : null
              }
            />
          ))}
          <div>
            <Button
              icon={<PlusOutlined />}
              onClick={() =>
                edit({
                  ...draft,
                  areas: [...draft.areas, newArea(t('plan.newAreaName', { index: draft.areas.length + 1 }))],
                })
              }
              data-testid="plan-add-area"
            >
              {t('plan.addArea')}
            </Button>
          </div>
          <PatrolPlanEditor
            plan={draft.firePatrol}
            errorAt={errorAt}
            onChange={(firePatrol) => edit({ ...draft, firePatrol })}
          />
          <PlanPreview areas={draft.areas} patrol={draft.firePatrol} date={todayIso()} />
          {errors.form && <Alert type="error" showIcon title={errors.form} data-testid="plan-error" />}
          {Object.keys(errors.paths).length > 0 && !errors.form && (
            <Alert type="error" showIcon title={t('plan.fixFields')} data-testid="plan-error" />
          )}
          <Flex gap={8} align="center">
            <Button
              type="primary"
              size="large"
              loading={save.isPending}
              onClick={submit}
              data-testid="plan-save"
            >
              {t('record.save')}
            </Button>
            <Typography.Text type="secondary">{t('record.saveHint')}</Typography.Text>
          </Flex>
        </Flex>
      )}
    </div>
  );
}
