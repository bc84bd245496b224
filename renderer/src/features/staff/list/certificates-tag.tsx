import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CertificatesState } from '../../../../../shared/ipc/staff';
import { STATE_STYLES } from '../state-colours';

/** The worst state of a person's certificates, in words and readable colours. */
export function CertificatesTag({ state }: { state: CertificatesState }) {
  const { t } = useTranslation('staff');
  return (
    <Tag style={STATE_STYLES[state]} data-testid="staff-certificates-tag" data-state={state}>
      {t(`certificatesState.${state}`)}
    </Tag>
  );
}
