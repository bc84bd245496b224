import { daysBetween } from '../../../shared/domain/dates';
import { CERTIFICATE_DUE_DAYS } from '../../../shared/ipc/staff';
import type { CertificateDue, CertificatesState } from '../../../shared/ipc/staff';
import type { Certificate, Staff } from '../../../shared/schema';

/** Days from `today` to the certificate's expiry (negative once expired); null when it does not expire. */
export function daysLeft(certificate: Certificate, today: string): number | null {
  return certificate.expiresOn === undefined ? null : daysBetween(today, certificate.expiresOn);
}

/** One certificate today: expired (the day after its expiry date), expiring within the due window, or valid. */
export function certificateState(
  certificate: Certificate,
  today: string,
): Exclude<CertificatesState, 'none'> {
  const left = daysLeft(certificate, today);
  if (left === null || left > CERTIFICATE_DUE_DAYS) return 'valid';
  return left < 0 ? 'expired' : 'expiring';
}

const SEVERITY: Record<CertificatesState, number> = { none: 0, valid: 1, expiring: 2, expired: 3 };

/** The worst state among a person's certificates, for the list's tag. */
export function certificatesState(certificates: readonly Certificate[], today: string): CertificatesState {
  let worst: CertificatesState = 'none';
  for (const c of certificates) {
    const state = certificateState(c, today);
    if (SEVERITY[state] > SEVERITY[worst]) worst = state;
  }
  return worst;
}

/**
 * Certificates of active staff that have expired or expire within the due
 * window, soonest (most overdue) first. Former staff are left out: nobody
 * needs to renew their papers.
 */
export function certificatesDue(staff: readonly Staff[], today: string): CertificateDue[] {
  const out: CertificateDue[] = [];
  for (const member of staff) {
    if (!member.active) continue;
    for (const certificate of member.certificates) {
      const left = daysLeft(certificate, today);
      if (left === null || left > CERTIFICATE_DUE_DAYS || certificate.expiresOn === undefined) continue;
      out.push({
        staffId: member.id,
        staffName: member.name,
        post: member.post,
        certificate,
        expiresOn: certificate.expiresOn,
        daysLeft: left,
      });
    }
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft || a.staffName.localeCompare(b.staffName, 'zh-CN'));
}
