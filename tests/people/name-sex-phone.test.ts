/**
 * The small rules of the person record that the form and the import share:
 * names lose doubled spaces, a missing sex asks for the sex, and a required
 * phone left empty says it is required rather than "wrong number".
 */
import { describe, expect, it } from 'vitest';
import { ContactSchema, NameSchema, PersonInputSchema, emptyHealth } from '../../shared/schema';
import { translate } from '../../shared/i18n/translate';

const person = {
  name: '李秀英',
  sex: 'female',
  birthDate: '1949-12-31',
  emergencyContacts: [],
  health: emptyHealth(),
  categories: [],
};

function messagesAt(
  result: { error?: { issues: { path: PropertyKey[]; message: string }[] } },
  path: string,
) {
  return (result.error?.issues ?? []).filter((i) => i.path.join('.') === path).map((i) => i.message);
}

describe('names', () => {
  it('collapses doubled and inner runs of spaces, full-width ones too', () => {
    expect(NameSchema.parse('张  三')).toBe('张 三');
    expect(NameSchema.parse('　王\u3000\u3000建国　')).toBe('王 建国');
    expect(NameSchema.parse('Mary \u3000 Ann  Smith')).toBe('Mary Ann Smith');
    expect(PersonInputSchema.parse({ ...person, name: '李  秀英' }).name).toBe('李 秀英');
  });

  it('still refuses a name of spaces only', () => {
    expect(messagesAt(NameSchema.safeParse('\u3000 \u3000'), '')).toEqual(['validation.required']);
  });
});

describe('sex', () => {
  it('asks to choose the sex when none is chosen, in both languages', () => {
    const result = PersonInputSchema.safeParse({ ...person, sex: undefined });
    expect(messagesAt(result, 'sex')).toEqual(['validation.person.sexRequired']);
    expect(translate('zh-CN', 'validation.person.sexRequired')).toBe('请选择性别');
    expect(translate('en', 'validation.person.sexRequired')).toBe('Please choose the sex');
  });

  it('a value outside the list is still "choose from the list"', () => {
    const result = PersonInputSchema.safeParse({ ...person, sex: 'other' });
    expect(messagesAt(result, 'sex')).toEqual(['validation.invalidOption']);
  });
});

describe('phone', () => {
  const contact = { name: '李建国', relation: '儿子', phone: '' };

  it('an empty required phone is required, not a wrong number', () => {
    expect(messagesAt(ContactSchema.safeParse(contact), 'phone')).toEqual(['validation.required']);
    expect(messagesAt(ContactSchema.safeParse({ ...contact, phone: '  ' }), 'phone')).toEqual([
      'validation.required',
    ]);
  });

  it('a wrong number is still a wrong number', () => {
    expect(messagesAt(ContactSchema.safeParse({ ...contact, phone: '12345' }), 'phone')).toEqual([
      'validation.phone',
    ]);
  });
});
