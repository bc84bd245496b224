import { useState } from 'react';
import { App, Breadcrumb, Card, Steps, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type {
  ExportedFile,
  ImportCommitResult,
  ImportMapping,
  ImportPreview,
} from '../../../../../shared/ipc/people';
import { errorText } from '../../../api/error-text';
import { useImportCommit, useImportPreview, useImportRefused } from '../queries';
import { useReadOnly } from '../../../app';
import { peoplePaths } from '../paths';
import { ImportFileStep } from './import-file-step';
import { ImportMappingStep } from './import-mapping-step';
import { ImportPreviewStep } from './import-preview-step';
import { ImportResultStep } from './import-result-step';
import type { ChosenFile, ImportInput, MappingChoice } from './import-types';
import { PageTitle } from '../../../components/page-title';

type Stage =
  | { step: 'file' }
  | { step: 'mapping'; file: ChosenFile; recognised: ImportPreview; mapping: ImportMapping; fresh: boolean }
  | {
      step: 'preview';
      file: ChosenFile;
      recognised: ImportPreview;
      choice: MappingChoice;
      preview: ImportPreview;
      /** Rows with `confirmable` problems the clerk ticked to import anyway. */
      confirmRows: number[];
    }
  | { step: 'result'; result: ImportCommitResult; refusedFile: ExportedFile | null };

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
  const refusedRows = useImportRefused();
  const [stage, setStage] = useState<Stage>({ step: 'file' });

  const chosen = (file: ChosenFile) =>
    previewer.mutate(file, {
      onSuccess: (recognised) =>
        setStage({ step: 'mapping', file, recognised, mapping: recognised.mapping, fresh: true }),
    });

  const mapped = (file: ChosenFile, recognised: ImportPreview, choice: MappingChoice) =>
    previewer.mutate(
      { ...file, mapping: choice.mapping },
      {
        onSuccess: (preview) =>
          setStage({ step: 'preview', file, recognised, choice, preview, confirmRows: [] }),
      },
    );

  // Ticking a row asks again, so the counts and the row's problems show what will happen.
  const confirmedChanged = (
    file: ChosenFile,
    recognised: ImportPreview,
    choice: MappingChoice,
    confirmRows: number[],
  ) =>
    previewer.mutate(
      { ...file, mapping: choice.mapping, confirmRows },
      {
        onSuccess: (preview) => setStage({ step: 'preview', file, recognised, choice, preview, confirmRows }),
      },
    );

  const confirmImport = (
    file: ChosenFile,
    choice: MappingChoice,
    preview: ImportPreview,
    confirmRows: number[],
  ) => {
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
        const input: ImportInput = { ...file, mapping: choice.mapping, confirmRows };
        try {
          // The refused rows are asked for before the import: afterwards the imported
          // rows would be checked against themselves and read as duplicates.
          const refusedFile = preview.badCount > 0 ? await refusedRows.mutateAsync(input) : null;
          const result = await committer.mutateAsync({
            ...input,
            ...(choice.saveAs ? { saveMappingAs: choice.saveAs } : {}),
          });
          setStage({ step: 'result', result, refusedFile });
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
      <PageTitle>{t('import.title')}</PageTitle>
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
            checking={previewer.isPending}
            confirmRows={stage.confirmRows}
            onConfirmRows={(rows) => confirmedChanged(stage.file, stage.recognised, stage.choice, rows)}
            onBack={() =>
              setStage({
                step: 'mapping',
                file: stage.file,
                recognised: stage.recognised,
                mapping: stage.choice.mapping,
                fresh: false,
              })
            }
            onImport={() => confirmImport(stage.file, stage.choice, stage.preview, stage.confirmRows)}
          />
        ) : (
          <ImportResultStep
            result={stage.result}
            refusedFile={stage.refusedFile}
            onList={() => void navigate(peoplePaths.people)}
            onAgain={() => setStage({ step: 'file' })}
          />
        )}
      </Card>
    </div>
  );
}
