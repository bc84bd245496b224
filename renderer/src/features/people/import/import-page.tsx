import { useState } from 'react';
import { App, Breadcrumb, Card, Steps, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ImportCommitResult, ImportMapping, ImportPreview } from '../../../../../shared/ipc/people';
import { errorText } from '../../../api/error-text';
import { useImportCommit, useImportPreview } from '../queries';
import { useReadOnly } from '../../../app';
import { peoplePaths } from '../paths';
import { ImportFileStep } from './import-file-step';
import { ImportMappingStep } from './import-mapping-step';
import { ImportPreviewStep } from './import-preview-step';
import { ImportResultStep } from './import-result-step';
import type { ChosenFile, MappingChoice } from './import-types';

type Stage =
  | { step: 'file' }
  | { step: 'mapping'; file: ChosenFile; recognised: ImportPreview; mapping: ImportMapping; fresh: boolean }
  | {
      step: 'preview';
      file: ChosenFile;
      recognised: ImportPreview;
      choice: MappingChoice;
      preview: ImportPreview;
    }
  | { step: 'result'; result: ImportCommitResult };

const STEP_INDEX = { file: 0, mapping: 1, preview: 2, result: 3 } as const;

/**
 * 导入老人: file → columns → preview → result. Nothing is written before the
 * confirmation; then only the good rows, checked again by the main process.
 */
export function ImportPage() {
  const { t } = useTranslation(['people', 'common']);
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const previewer = useImportPreview();
  const committer = useImportCommit();
  const [stage, setStage] = useState<Stage>({ step: 'file' });

  const chosen = (file: ChosenFile) =>
    previewer.mutate(file, {
      onSuccess: (recognised) =>
        setStage({ step: 'mapping', file, recognised, mapping: recognised.mapping, fresh: true }),
    });

  const mapped = (file: ChosenFile, recognised: ImportPreview, choice: MappingChoice) =>
    previewer.mutate(
      { ...file, mapping: choice.mapping },
      { onSuccess: (preview) => setStage({ step: 'preview', file, recognised, choice, preview }) },
    );

  const confirmImport = (file: ChosenFile, choice: MappingChoice, preview: ImportPreview) => {
    modal.confirm({
      title: t('import.confirmTitle', { count: preview.okCount }),
      content:
        preview.badCount > 0
          ? t('import.confirmSkipped', { count: preview.badCount })
          : t('import.confirmAllGood'),
      okText: t('import.importN', { count: preview.okCount }),
      okButtonProps: { 'data-testid': 'import-confirm' },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        try {
          const result = await committer.mutateAsync({
            ...file,
            mapping: choice.mapping,
            ...(choice.saveAs ? { saveMappingAs: choice.saveAs } : {}),
          });
          setStage({ step: 'result', result });
        } catch {
          // Shown as a notification by the data layer; the preview stays for another try.
        }
      },
    });
  };

  const stepTitles = ['file', 'mapping', 'preview', 'result'] as const;
  return (
    <div data-testid="import-page">
      <Breadcrumb
        items={[
          { title: <Link to={peoplePaths.people}>{t('list.title')}</Link> },
          { title: t('import.title') },
        ]}
      />
      <Typography.Title level={3}>{t('import.title')}</Typography.Title>
      <Card>
        <Steps
          current={STEP_INDEX[stage.step]}
          // At the end every step is done, the last one included.
          status={stage.step === 'result' ? 'finish' : 'process'}
          items={stepTitles.map((key) => ({ title: t(`import.steps.${key}`) }))}
          style={{ marginBottom: 24 }}
          data-testid="import-steps"
        />
        {readOnly ? (
          <Typography.Text type="secondary">{t('common:status.readOnlyDisabled')}</Typography.Text>
        ) : stage.step === 'file' ? (
          <ImportFileStep
            busy={previewer.isPending}
            failure={previewer.isError ? errorText(previewer.error) : null}
            onChosen={chosen}
          />
        ) : stage.step === 'mapping' ? (
          <ImportMappingStep
            headers={stage.recognised.headers}
            initial={stage.mapping}
            offerSaved={stage.fresh}
            busy={previewer.isPending}
            onBack={() => setStage({ step: 'file' })}
            onNext={(choice) => mapped(stage.file, stage.recognised, choice)}
          />
        ) : stage.step === 'preview' ? (
          <ImportPreviewStep
            preview={stage.preview}
            busy={committer.isPending}
            onBack={() =>
              setStage({
                step: 'mapping',
                file: stage.file,
                recognised: stage.recognised,
                mapping: stage.choice.mapping,
                fresh: false,
              })
            }
            onImport={() => confirmImport(stage.file, stage.choice, stage.preview)}
          />
        ) : (
          <ImportResultStep
            result={stage.result}
            onList={() => void navigate(peoplePaths.people)}
            onAgain={() => setStage({ step: 'file' })}
          />
        )}
      </Card>
    </div>
  );
}
