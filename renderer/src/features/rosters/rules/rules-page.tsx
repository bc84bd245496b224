import { useEffect } from 'react';
import { App, Button, Card, Col, Form, Row, Select, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import type { FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { SaveRulesSchema } from '../../../../../shared/ipc/rosters';
import type { SaveRulesInput } from '../../../../../shared/ipc/rosters';
import { STAFF_POSTS } from '../../../../../shared/schema';
import type { BuiltInPost } from '../../../../../shared/schema';
import { applyServerErrors } from '../../../api/apply-server-errors';
import { FormFields, fieldsFor, preventEnterSubmit, useSaveShortcut } from '../../../components/form';
import { PageTitle } from '../../../components/page-title';
import { useReadOnly } from '../../../app';
import { usePostChoices, useRosterRules, useSaveRules } from '../queries';
import { useGroupWords } from '../grid/use-group-words';

type Values = SaveRulesInput;
const { NumberField, FormField } = fieldsFor<Values>();
const ids = (name: string) => ({ id: `roster-rule-${name}`, testId: `roster-rule-${name}` });

const NUMBERS: readonly (keyof Omit<Values, 'carePosts'>)[] = [
  'restAfterNightHours',
  'restHours',
  'maxDaysInRow',
  'weekHoursLimit',
  'monthOvertimeLimit',
  'nightMinimumCarers',
];

const BUILT_IN: ReadonlySet<string> = new Set(STAFF_POSTS);

/** `/rosters/rules`: what the roster warns about, and which posts count as carers for cover. */
export function RulesPage() {
  const { t } = useTranslation('rostersUi');
  const { message } = App.useApp();
  const rules = useRosterRules();
  const posts = usePostChoices();
  const groups = useGroupWords();
  const save = useSaveRules();
  const readOnly = useReadOnly();
  const form = useForm<Values>({ resolver: zodResolver(SaveRulesSchema), mode: 'onTouched' });
  const { reset, setError } = form;
  useEffect(() => {
    if (rules.data) reset(rules.data);
  }, [rules.data, reset]);

  const submit = form.handleSubmit((values) => {
    if (save.isPending) return;
    save.mutate(values, {
      onSuccess: () => void message.success(t('rules.saved')),
      onError: (error) => {
        const placed = applyServerErrors(error, setError, (path) => path as FieldPath<Values>);
        if (!placed) void message.error(error.message);
      },
    });
  });
  useSaveShortcut(() => void submit(), !readOnly && rules.isSuccess);

  const postOptions = [...(posts.data?.builtIn ?? STAFF_POSTS), ...(posts.data?.custom ?? [])].map(
    (post) => ({ value: post, label: BUILT_IN.has(post) ? groups.post(post as BuiltInPost) : post }),
  );

  return (
    <div data-testid="roster-rules-page" data-ready={rules.isSuccess ? 'true' : 'false'}>
      <PageTitle style={{ marginTop: 0 }}>{t('rules.title')}</PageTitle>
      <Card>
        <Typography.Paragraph>{t('rules.intro')}</Typography.Paragraph>
        {rules.isSuccess && (
          <Form
            layout="vertical"
            disabled={readOnly}
            onKeyDown={preventEnterSubmit}
            onFinish={() => void submit()}
          >
            <FormFields form={form} ids={ids}>
              <Row gutter={16}>
                {NUMBERS.map((name) => (
                  <Col xs={24} md={12} lg={8} key={name}>
                    <NumberField name={name} label={t(`rules.${name}`)} required />
                  </Col>
                ))}
              </Row>
              <FormField name="carePosts" label={t('rules.carePosts')} hint={t('rules.carePostsHint')}>
                {({ field, id, testId, invalid }) => (
                  <Select
                    id={id}
                    mode="multiple"
                    value={Array.isArray(field.value) ? field.value : []}
                    onChange={(value: string[]) => field.onChange(value)}
                    onBlur={field.onBlur}
                    options={postOptions}
                    status={invalid ? 'error' : undefined}
                    disabled={readOnly}
                    data-testid={testId}
                  />
                )}
              </FormField>
            </FormFields>
            <Button
              type="primary"
              htmlType="submit"
              loading={save.isPending}
              disabled={readOnly}
              data-testid="roster-rules-save"
            >
              {t('rules.save')}
            </Button>
          </Form>
        )}
      </Card>
    </div>
  );
}
