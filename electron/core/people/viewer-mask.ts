import { maskIdNumber, maskPhone } from '../../../shared/domain/mask';
import type { PeoplePage, PersonDetail } from '../../../shared/ipc/people';
import type { Contact } from '../../../shared/schema/person';

/** The finer check on top of `elders.read`: viewers (inspectors) get ID numbers and phones masked. */
const maskContact = (contact: Contact): Contact => ({ ...contact, phone: maskPhone(contact.phone) });

export function maskPeoplePage(page: PeoplePage): PeoplePage {
  return {
    ...page,
    items: page.items.map((item) => ({
      ...item,
      idNumber: item.idNumber === null ? null : maskIdNumber(item.idNumber),
      phone: item.phone === null ? null : maskPhone(item.phone),
    })),
  };
}

export function maskPersonDetail(detail: PersonDetail): PersonDetail {
  const { person } = detail;
  return {
    ...detail,
    person: {
      ...person,
      ...(person.idNumber === undefined ? {} : { idNumber: maskIdNumber(person.idNumber) }),
      ...(person.phone === undefined ? {} : { phone: maskPhone(person.phone) }),
      emergencyContacts: person.emergencyContacts.map(maskContact),
      ...(person.guardian === undefined ? {} : { guardian: maskContact(person.guardian) }),
    },
  };
}
