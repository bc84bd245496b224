import { App, Button, Card, Flex, Form, theme } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/schema';
import { FormFields, preventEnterSubmit, useSaveShortcut } from '../../../components/form';
import { usePersonSave } from '../queries';
import { errorText } from '../../../api/error-text';
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
import { confirmQuestionOf } from './save-confirmation';
import type { ConfirmFlag } from './save-confirmation';

/** Status travels beside the person; the date of death or of moving away only with its status. */
function statusOf(values: PersonFormValues) {
  if (values.status === 'deceased' && values.deathDate) {
    return { status: values.status, deathDate: values.deathDate };
  }
  if (values.status === 'movedAway' && values.movedAwayDate) {
    return { status: values.status, movedAwayDate: values.movedAwayDate };
  }
  return { status: values.status };
}

type Confirmed = Partial<Record<ConfirmFlag, true>>;

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
 * other person) appear beside the field. An unusual age or a likely duplicate is
 * asked about in a dialog and saved again once confirmed. The save button or
 * Ctrl+S saves; Enter in a box never does (a half-filled form would be stored).
 */
export function PersonForm({ personId, initial, disabled = false, onSaved, onCancel }: Props) {
  const { t } = useTranslation(['people', 'common']);
  const { token } = theme.useToken();
  const { modal, notification } = App.useApp();
  const save = usePersonSave();
  const form = useForm<PersonFormValues, unknown, PersonFormOutput>({
    resolver: personResolver,
    defaultValues: initial,
    mode: 'onTouched',
  });
  const guard = useUnsavedChangesGuard(form.formState.isDirty && !disabled);

  const send = (values: PersonFormOutput, confirmed: Confirmed) => {
    // The form checks everything but the age, which only the main process asks about.
    const person = {
      ...values,
      confirmAge: confirmed.confirmAge,
      confirmDuplicate: confirmed.confirmDuplicate,
    };
    const request =
      personId === undefined
        ? ({ kind: 'create', input: person } as const)
        : ({
            kind: 'update',
            input: { id: personId, person, ...statusOf(form.getValues()) },
          } as const);
    save.mutate(request, {
      onSuccess: (saved) => {
        guard.release();
        onSaved(saved);
      },
      onError: (error) => {
        const question = confirmQuestionOf(error);
        if (question === null) {
          // Shown once: beside the fields it concerns, or, when it concerns none, as a notification.
          if (!applyPersonServerErrors(error, form.setError, form.getValues)) {
            notification.error({
              title: t('common:errors.title'),
              description: errorText(error),
              placement: 'top',
            });
          }
          return;
        }
        // Cancel leaves the form exactly as it was, for the clerk to correct.
        modal.confirm({
          title: t(`form.confirm.${question.flag}`),
          content: question.message,
          okText: t('form.confirm.saveAnyway'),
          cancelText: t('form.confirm.check'),
          okButtonProps: { 'data-testid': 'person-confirm-ok' },
          cancelButtonProps: { 'data-testid': 'person-confirm-cancel' },
          onOk: () => send(values, { ...confirmed, [question.flag]: true }),
        });
      },
    });
  };

  const submit = form.handleSubmit((values) => {
    if (save.isPending) return;
    send(values, {});
  });
  useSaveShortcut(() => void submit(), !disabled);

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
        onKeyDown={preventEnterSubmit}
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
