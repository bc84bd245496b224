import type { CoreDoc } from '../../../shared/schema';
import { allCodes, duplicateCodes, isKnownPost } from '../staff';
import { CORE_FILE, problem, type ReferenceProblem } from './problems';

type Core = Pick<CoreDoc, 'staff' | 'shiftTemplates' | 'dayCodes' | 'users' | 'settings'>;

/**
 * Staff and their certificates agree with the rest of the core document: each
 * post is one the center has, no ID number or certificate id appears twice, an
 * account link points at an account and no account is linked twice, and no
 * code is shared by two shift templates or day codes (the roster stores codes alone).
 */
export function checkStaffConsistency(core: Core): ReferenceProblem[] {
  const out: ReferenceProblem[] = [];
  const add = (code: string, params: Record<string, string | number>): void => {
    out.push(problem(CORE_FILE, code, params));
  };
  const customPosts = core.settings.customPosts;
  const idNumbers = new Map<string, string>();
  const links = new Map<string, string>();
  const users = new Set(core.users.map((u) => u.id));
  for (const member of core.staff) {
    if (!isKnownPost(member.post, customPosts)) {
      add('staffUnknownPost', { id: member.id, name: member.name, post: member.post });
    }
    if (member.idNumber) {
      const other = idNumbers.get(member.idNumber);
      if (other) add('staffDuplicateIdNumber', { id: other, other: member.id });
      else idNumbers.set(member.idNumber, member.id);
    }
    const certificateIds = new Set<string>();
    for (const certificate of member.certificates) {
      if (certificateIds.has(certificate.id))
        add('certificateDuplicateId', { ref: member.id, id: certificate.id });
      certificateIds.add(certificate.id);
    }
    if (member.userId !== undefined) {
      if (!users.has(member.userId)) add('staffMissingUser', { id: member.id, ref: member.userId });
      const other = links.get(member.userId);
      if (other) add('staffUserLinkedTwice', { ref: member.userId, id: other, other: member.id });
      else links.set(member.userId, member.id);
    }
  }
  for (const [first, second] of duplicateCodes(allCodes(core.shiftTemplates, core.dayCodes))) {
    add('duplicateCode', {
      code: second.code,
      collection: first.list,
      id: first.id,
      otherCollection: second.list,
      other: second.id,
    });
  }
  return out;
}
