import { Input, Radio, Typography } from 'antd';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  RISK_GRADES,
  gradeNeedsMeasures,
  riskLabelKey,
  riskMeasuresExampleKey,
} from '../../../../../shared/domain/risk';
import type { RiskCode, RiskGrade } from '../../../../../shared/domain/risk';
import { useFieldErrorText } from '../../../components/form/use-field-error-text';
import type { RiskControl } from './risk-form';

/** The chosen grade's button, white text on it: orange-8 5.4:1, red-7 5.6:1 (gold-7 had 2.9:1). */
const GRADE_COLORS: Record<RiskGrade, string | undefined> = {
  none: undefined,
  low: undefined,
  medium: '#ad4e00',
  high: '#cf1322',
};

/** One of the nine risks: its grade and, above low, the written control measures it needs. */
export function RiskRow({ control, code }: { control: RiskControl; code: RiskCode }) {
  const { t } = useTranslation(['assessment', 'domain']);
  const errorText = useFieldErrorText();
  const {
    field: { ref: gradeRef, onChange: setGrade },
    fieldState: gradeState,
  } = useController({ control, name: `risks.${code}.grade` });
  const {
    field: { ref: measuresRef, value: measuresValue, onChange: onMeasuresChange, onBlur: onMeasuresBlur },
    fieldState: measuresState,
  } = useController({ control, name: `risks.${code}.measures` });
  const current = useWatch({ control, name: `risks.${code}.grade` });
  const needed = current !== undefined && gradeNeedsMeasures(current);
  const gradeError = errorText(gradeState.error);
  const measuresError = errorText(measuresState.error);
  const label = t(riskLabelKey(code));
  return (
    <tr data-testid={`risk-row-${code}`} data-grade={current}>
      <th
        scope="row"
        style={{ textAlign: 'start', fontWeight: 500, padding: '10px 8px', whiteSpace: 'nowrap' }}
      >
        {label}
      </th>
      <td style={{ padding: '10px 8px' }}>
        <Radio.Group
          ref={gradeRef}
          value={current}
          onChange={(event) => setGrade(event.target.value as RiskGrade)}
          optionType="button"
          buttonStyle="solid"
          aria-label={label}
          data-testid={`risk-grade-${code}`}
        >
          {RISK_GRADES.map((g) => (
            <Radio.Button
              key={g}
              value={g}
              style={
                current === g && GRADE_COLORS[g]
                  ? { background: GRADE_COLORS[g], borderColor: GRADE_COLORS[g] }
                  : undefined
              }
            >
              <span data-testid={`risk-grade-${code}-${g}`}>{t(`domain:riskGrade.${g}`)}</span>
            </Radio.Button>
          ))}
        </Radio.Group>
        {gradeError && (
          <div>
            <Typography.Text type="danger" data-testid={`risk-grade-${code}-error`}>
              {gradeError}
            </Typography.Text>
          </div>
        )}
      </td>
      <td style={{ padding: '10px 8px', width: '45%' }}>
        <Input.TextArea
          ref={measuresRef}
          value={measuresValue}
          onChange={onMeasuresChange}
          onBlur={onMeasuresBlur}
          autoSize={{ minRows: 1, maxRows: 5 }}
          maxLength={2000}
          // Each risk's own example: choking's would only mislead beside falls or wandering.
          placeholder={needed ? t(riskMeasuresExampleKey(code)) : t('risk.measuresOptional')}
          status={measuresError ? 'error' : undefined}
          aria-label={`${label} ${t('risk.columns.measures')}`}
          aria-required={needed}
          aria-invalid={measuresError ? true : undefined}
          data-testid={`risk-measures-${code}`}
        />
        {measuresError && (
          <Typography.Text type="danger" data-testid={`risk-measures-${code}-error`}>
            {measuresError}
          </Typography.Text>
        )}
      </td>
    </tr>
  );
}
