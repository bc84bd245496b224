import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Flex, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SaveDraftSchema } from '../../../../../shared/ipc/handovers';
import type { HandoverDraft } from '../../../../../shared/ipc/handovers';
import { applyServerErrors } from '../../../api/apply-server-errors';
import { errorText } from '../../../api/error-text';
import { preventEnterSubmit, useSaveShortcut } from '../../../components/form';
import { CountsRow } from '../counts-row';
import { useSaveDraft } from '../queries';
import { DraftEditor } from './draft-editor';
import type { DraftValues } from './draft-editor';
import { SignForm } from './sign-form';

const DraftSchema = z.object({ sections: SaveDraftSchema.shape.sections });

interface Props {
  draft: HandoverDraft;
  /** The role may record care; otherwise the draft is shown and nothing can be changed. */
  editable: boolean;
  /** The outgoing carer's user name to start from (the signed-in account, or the roster's carer). */
  defaultUsername: string;
}

/**
 * The unsigned handover: counts, the editable sections, "save draft" (Ctrl+S),
 * and once saved with nothing left unsaved, the outgoing carer's signature.
 * The saved draft wins over the compiled one: what staff changed is kept.
 */
export function DraftForm(props: Props) {
  // A first save turns the compiled draft into the saved one: the form starts again from what was saved.
  return <DraftFormBody key={props.draft.existing?.id ?? 'compiled'} {...props} />;
}

function DraftFormBody({ draft, editable, defaultUsername }: Props) {
  const { t } = useTranslation('handovers');
  const { message } = App.useApp();
  const save = useSaveDraft();
  const [problem, setProblem] = useState<string | null>(null);
  const saved = draft.existing;
  const form = useForm<DraftValues>({
    resolver: zodResolver(DraftSchema),
    defaultValues: { sections: saved?.sections ?? draft.sections },
  });
  const submit = form.handleSubmit(async (values) => {
    if (save.isPending) return;
    setProblem(null);
    try {
      const handover = await save.mutateAsync({
        date: draft.date,
        shiftCode: draft.shiftCode,
        area: draft.area,
        sections: values.sections,
      });
      form.reset({ sections: handover.sections });
      void message.success(t('shift.saved'));
    } catch (error) {
      if (
        !applyServerErrors(error, form.setError, (path) =>
          path.startsWith('sections.') ? (path as never) : null,
        )
      )
        setProblem(errorText(error));
    }
  });
  useSaveShortcut(() => void submit(), editable);
  const dirty = form.formState.isDirty;
  return (
    <>
      <CountsRow counts={draft.counts} />
      <Typography.Paragraph style={{ marginTop: 12 }} data-testid="handover-draft-note">
        {saved ? t('shift.savedNote') : t('shift.compiledNote')}
      </Typography.Paragraph>
      <form
        onSubmit={(event) => event.preventDefault()}
        onKeyDown={preventEnterSubmit}
        data-testid="handover-draft-form"
      >
        <DraftEditor form={form} disabled={!editable} />
        {problem && (
          <Alert
            type="error"
            showIcon
            title={problem}
            style={{ marginTop: 16 }}
            data-testid="handover-draft-problem"
          />
        )}
        {editable && (
          <Flex gap={8} style={{ marginTop: 16 }}>
            <Button
              type="primary"
              size="large"
              icon={<SaveOutlined />}
              loading={save.isPending}
              onClick={() => void submit()}
              data-testid="handover-save-draft"
            >
              {t('shift.saveDraft')}
            </Button>
          </Flex>
        )}
      </form>
      {editable && saved && (
        <>
          {dirty && (
            <Alert
              type="warning"
              showIcon
              title={t('shift.unsaved')}
              style={{ marginTop: 16 }}
              data-testid="handover-unsaved"
            />
          )}
          <SignForm handover={saved} role="outgoing" defaultUsername={defaultUsername} blocked={dirty} />
        </>
      )}
    </>
  );
}
