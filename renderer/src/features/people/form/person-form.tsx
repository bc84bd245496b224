import { Button, Card, Flex, Form, theme } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/schema';
import { FormFields } from '../../../components/form';
import { usePersonSave } from '../queries';
import { applyPersonServerErrors } from './apply-person-server-errors';
import { personResolver } from './person-form-values';
import type { PersonFormOutput, PersonFormValues } from './person-form-values';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard';
import { personFieldIds } from './person-fields';
import { BasicSection } from './basic-section';
import { CategoriesSection } from './categories-section';
import { ContactSection } from './contact-section';
import { HealthSection } from './health-section';
import { ServicesSection } from './services-section';
import { StatusSection } from './status-section';

/** Status travels beside the person; a date of death only with "deceased". */
function statusOf(values: PersonFormValues) {
  return values.status === 'deceased' && values.deathDate
    ? { status: values.status, deathDate: values.deathDate }
    : { status: values.status };
}

interface Props {
  /** Absent for a new person. */
  personId?: string;
  initial: PersonFormValues;
  disabled?: boolean;
  onSaved: (person: Person) => void;
  onCancel: () => void;
}

/**
 * Add or edit an elder. Checked by the same schema as the main process; its
 * complaints (and the main process's, e.g. a duplicate ID number naming the
 * other person) appear beside the field. Enter saves.
 */
export function PersonForm({ personId, initial, disabled = false, onSaved, onCancel }: Props) {
  const { t } = useTranslation(['people', 'common']);
  const { token } = theme.useToken();
  const save = usePersonSave();
  const form = useForm<PersonFormValues, unknown, PersonFormOutput>({
    resolver: personResolver,
    defaultValues: initial,
    mode: 'onTouched',
  });
  const guard = useUnsavedChangesGuard(form.formState.isDirty && !disabled);

  const submit = form.handleSubmit((values) => {
    if (save.isPending) return;
    const request =
      personId === undefined
        ? ({ kind: 'create', input: values } as const)
        : ({
            kind: 'update',
            input: { id: personId, person: values, ...statusOf(form.getValues()) },
          } as const);
    save.mutate(request, {
      onSuccess: (person) => {
        guard.release();
        onSaved(person);
      },
      onError: (error) => applyPersonServerErrors(error, form.setError, form.getValues),
    });
  });

  const sections: {
    key: 'basic' | 'contact' | 'health' | 'categories' | 'services' | 'status';
    node: React.ReactNode;
  }[] = [
    { key: 'basic', node: <BasicSection /> },
    { key: 'contact', node: <ContactSection /> },
    { key: 'health', node: <HealthSection /> },
    { key: 'categories', node: <CategoriesSection /> },
    { key: 'services', node: <ServicesSection /> },
    ...(personId === undefined ? [] : [{ key: 'status' as const, node: <StatusSection /> }]),
  ];

  return (
    <FormFields form={form} ids={personFieldIds}>
      <Form
        layout="vertical"
        disabled={disabled}
        onFinish={() => void submit()}
        requiredMark
        data-testid="person-form"
      >
        <Flex vertical gap={16}>
          {sections.map((section) => (
            <Card
              key={section.key}
              title={t(`form.sections.${section.key}`)}
              size="small"
              data-testid={`person-section-${section.key}`}
            >
              {section.node}
            </Card>
          ))}
          <Flex
            gap={8}
            justify="flex-end"
            style={{
              position: 'sticky',
              bottom: 0,
              padding: '12px 0',
              background: token.colorBgLayout,
              zIndex: 2,
            }}
          >
            <Button onClick={onCancel} data-testid="person-cancel">
              {t('common:actions.cancel')}
            </Button>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              loading={save.isPending}
              data-testid="person-submit"
            >
              {save.isPending ? t('common:actions.saving') : t('common:actions.save')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </FormFields>
  );
}
