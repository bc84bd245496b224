import { useCallback, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Flex, Form, Row, Typography } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import type { Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ABILITY_DIMENSIONS,
  ABILITY_ITEMS,
  ABILITY_ITEM_BY_CODE,
} from '../../../../../shared/domain/ability';
import type { AbilityItem, AbilityItemCode } from '../../../../../shared/domain/ability';
import type { AbilityAssessmentInput, Person } from '../../../../../shared/schema';
import { useAssessmentSaveAbility } from '../queries';
import { errorText } from '../../../api/error-text';
import type { AbilityFormValues, PersonFactors } from './ability-form';
import { abilityResolver, emptyAbilityForm, itemTestId } from './ability-form';
import { summarize } from './ability-summary-rows';
import { AbilityDimensionCard } from './ability-dimension-card';
import { AbilityDetailsFields } from './ability-details-fields';
import { AbilitySummary } from './ability-summary';
import { BackToPerson } from '../back-to-person';
import { focusItem } from './ability-item-field';
import { applyServerErrors } from '../../../api/apply-server-errors';
import { todayIso } from '../../../components/today-iso';
import { peoplePaths } from '../../people';
import { PageTitle } from '../../../components/page-title';

interface Props {
  person: Person;
  factors: PersonFactors;
}

/** `scores.B.1.1` (the schema's path) → `scores.b1_1` (the form's). */
function formPath(path: string): Path<AbilityFormValues> | null {
  if (path.startsWith('scores.')) {
    const item = ABILITY_ITEM_BY_CODE[path.slice('scores.'.length) as AbilityItemCode] as
      AbilityItem | undefined;
    return item ? `scores.${item.key}` : null;
  }
  const known = ['date', 'reason', 'assessors.0', 'assessors.1', 'notes'];
  return known.includes(path) ? (path as Path<AbilityFormValues>) : null;
}

/**
 * The full 26-item form in its four parts with a summary that follows every
 * pick. The same schema checks it here and in the main process, which
 * recomputes the result from the scores before it is stored.
 */
export function AbilityAssessmentForm({ person, factors }: Props) {
  const { t } = useTranslation(['assessment', 'domain', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const save = useAssessmentSaveAbility();
  const resolver = useMemo(() => abilityResolver(factors), [factors]);
  const form = useForm<AbilityFormValues, unknown, AbilityAssessmentInput>({
    resolver,
    defaultValues: emptyAbilityForm(person.id, todayIso(), factors),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { control, setError, formState } = form;
  const watched = useWatch({ control, name: ['scores', 'coma', 'dementia', 'psychiatric'] });
  const [scores, coma, dementia, psychiatric] = watched;
  const view = summarize({ scores, coma, dementia, psychiatric }, factors);
  const merged: PersonFactors = {
    dementia: dementia || factors.dementia,
    psychiatric: psychiatric || factors.psychiatric,
    recentRiskEvents: factors.recentRiskEvents,
  };
  const unanswered = formState.isSubmitted
    ? ABILITY_ITEMS.filter((item) => scores[item.key] === undefined).length
    : 0;
  const showUnanswered = unanswered > 0 && !coma && formState.errors.scores !== undefined;

  const result = useRef<HTMLDivElement>(null);
  // After a digit key, the next item takes the keyboard; after the last one, the
  // result and the save button (Tab goes on to it), not the reason back up at the details.
  const onPicked = useCallback((item: AbilityItem) => {
    const index = ABILITY_ITEMS.findIndex((i) => i.code === item.code);
    const next = ABILITY_ITEMS[index + 1];
    const element = next ? document.getElementById(itemTestId(next.code)) : null;
    if (element) focusItem(element);
    else if (!next) result.current?.focus();
  }, []);

  const submit = form.handleSubmit((input) => {
    if (save.isPending) return;
    save.mutate(input, {
      onSuccess: () => {
        void message.success(t('ability.saved'));
        void navigate(peoplePaths.person(person.id));
      },
      onError: (error) => {
        if (!applyServerErrors(error, setError, formPath)) void message.error(errorText(error));
      },
    });
  });

  return (
    <Form layout="vertical" onFinish={() => void submit()} data-testid="ability-page" component="form">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <div>
          <PageTitle style={{ margin: 0 }}>
            {t('ability.title')} · <span data-testid="ability-person-name">{person.name}</span>
          </PageTitle>
          <Typography.Text type="secondary">{t('ability.standard')}</Typography.Text>
        </div>
        <BackToPerson personId={person.id} />
      </Flex>
      <Row gutter={16} align="top">
        <Col xs={24} md={15}>
          <Flex vertical gap={16}>
            <Alert type="info" showIcon title={t('ability.keyboardHint')} />
            {ABILITY_DIMENSIONS.map((dimension, index) => (
              <AbilityDimensionCard
                key={dimension}
                control={control}
                dimension={dimension}
                code={`B.${index + 1}`}
                score={view.dimensions[dimension]}
                onPicked={onPicked}
              />
            ))}
            <Card size="small" title={t('ability.sections.details')}>
              <AbilityDetailsFields control={control} person={factors} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} md={9} style={{ position: 'sticky', top: 16 }}>
          <Flex
            vertical
            gap={12}
            ref={result}
            tabIndex={-1}
            role="region"
            aria-label={t('ability.resultArea')}
            data-testid="ability-result"
          >
            <AbilitySummary view={view} person={merged} />
            {showUnanswered && (
              <Alert
                type="error"
                showIcon
                title={t('ability.unanswered', { count: unanswered })}
                data-testid="ability-unanswered"
              />
            )}
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={save.isPending}
              data-testid="ability-submit"
            >
              {save.isPending ? t('common:actions.saving') : t('ability.submit')}
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('summary.serverDecides')}
            </Typography.Text>
          </Flex>
        </Col>
      </Row>
    </Form>
  );
}
