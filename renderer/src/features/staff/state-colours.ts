import type { CSSProperties } from 'react';
import type { CertificatesState } from '../../../../shared/ipc/staff';

/**
 * Tag colours for certificate states, chosen for contrast rather than taken from
 * antd's presets (its red and orange text on their pale backgrounds fall below
 * 4.5:1): dark red on pale red, dark orange on pale orange, each above 6:1.
 */
export const STATE_STYLES: Record<CertificatesState, CSSProperties> = {
  none: { color: '#595959', background: '#f5f5f5', borderColor: '#d9d9d9' },
  valid: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  expiring: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  expired: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
};
