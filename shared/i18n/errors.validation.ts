import type { Catalogue } from './types';

/** Messages for every code that shared/schema can put on a zod issue (errors:validation.*). */
const catalogue: Catalogue = {
  'zh-CN': {
    validation: {
      invalid: '填写的内容有误，请检查标红的项目',
      required: '必填',
      invalidType: '格式不对',
      invalidOption: '请从列表中选择',
      invalidFormat: '格式不对',
      unknownKey: '包含无法识别的内容',
      tooShort: '内容太短',
      tooLong: '内容太长',
      tooSmall: '数值太小',
      tooLarge: '数值太大',
      notInteger: '请填写整数',
      tooFew: '至少要选一项',
      tooMany: '项目太多',
      date: '请填写正确的日期，例如 2026-03-15',
      dateTime: '时间格式不对',
      time: '请填写正确的时间，例如 08:30',
      period: '请填写正确的月份，例如 2026-03',
      id: '编号无效',
      phone: '请填写正确的手机号或座机号',
      name: '姓名只能包含文字、空格和 · 等符号',
      endBeforeStart: '结束日期不能早于开始日期',
      duplicate: '与已有记录重复',
      idNumber: {
        format: '身份证号应为 18 位（最后一位可以是 X）或老式 15 位',
        region: '身份证号前两位的地区代码不存在',
        birthDate: '身份证号中的出生日期不存在',
        futureBirthDate: '身份证号中的出生日期晚于今天',
        checksum: '身份证号最后一位校验码不对，请逐位核对',
        birthDateMismatch: '出生日期与身份证号不一致',
        sexMismatch: '性别与身份证号不一致',
      },
      center: {
        nursingExceedsResidential: '护理型床位数不能超过全托床位数',
        tooManyBeds: '床位总数不能超过 2000 张',
      },
      person: {
        incompleteWithoutId: '没有身份证号的档案必须标记为“信息不全”',
      },
      ability: {
        scoreOutOfRange: '该项得分超出允许范围',
        scoresRequired: '请为全部 26 个评估项目打分（昏迷者除外）',
        assessorsDistinct: '两名评估员不能是同一人',
        legacyLevelRequired: '旧标准（MZ/T 039-2013）评估请填写能力等级',
        legacyLevelRange: '旧标准（MZ/T 039-2013）只有 0 至 3 级',
        legacyLevelOnlyOld: '只有旧标准（MZ/T 039-2013）的评估才直接填写等级',
      },
      risk: {
        measuresRequired: '风险等级为中或高时，必须填写防范措施',
      },
      stay: {
        dischargeReasonRequired: '请选择出院（离院）原因',
      },
      leave: {
        returnBeforeStart: '返回日期不能早于离开日期',
      },
      shift: {
        midnightMismatch: '下班时间早于上班时间的班次应勾选“跨夜”，反之不勾选',
      },
      attendance: {
        checkOutBeforeCheckIn: '离开时间不能早于到达时间',
      },
      monthlyReturn: {
        submissionRequired: '已上报的月报必须有上报时间和上报人',
      },
      user: {
        username: '用户名为 3-32 位小写字母、数字或 . _ -，以字母或数字开头',
        passwordTooShort: '密码至少 6 位',
      },
      subsidy: {
        code: '代码以英文字母开头，只能包含字母、数字、_ 和 -',
      },
    },
  },
  en: {
    validation: {
      invalid: 'Some entries are not valid; please check the highlighted fields',
      required: 'Required',
      invalidType: 'Wrong format',
      invalidOption: 'Please choose from the list',
      invalidFormat: 'Wrong format',
      unknownKey: 'Contains unrecognised data',
      tooShort: 'Too short',
      tooLong: 'Too long',
      tooSmall: 'Value too small',
      tooLarge: 'Value too large',
      notInteger: 'Please enter a whole number',
      tooFew: 'Choose at least one',
      tooMany: 'Too many entries',
      date: 'Enter a valid date, e.g. 2026-03-15',
      dateTime: 'Invalid date and time',
      time: 'Enter a valid time, e.g. 08:30',
      period: 'Enter a valid month, e.g. 2026-03',
      id: 'Invalid identifier',
      phone: 'Enter a valid mobile or landline number',
      name: 'Names may contain letters, spaces and · only',
      endBeforeStart: 'The end date cannot be before the start date',
      duplicate: 'Duplicates an existing record',
      idNumber: {
        format: 'An ID number has 18 characters (the last may be X), or 15 digits for old cards',
        region: 'The region code (first two digits) does not exist',
        birthDate: 'The birth date inside the ID number does not exist',
        futureBirthDate: 'The birth date inside the ID number is in the future',
        checksum: 'The check character (last character) is wrong; please check each digit',
        birthDateMismatch: 'Birth date does not match the ID number',
        sexMismatch: 'Sex does not match the ID number',
      },
      center: {
        nursingExceedsResidential: 'Nursing-type beds cannot exceed residential beds',
        tooManyBeds: 'The total number of beds cannot exceed 2000',
      },
      person: {
        incompleteWithoutId: 'A record without an ID number must be marked incomplete',
      },
      ability: {
        scoreOutOfRange: 'Score outside the range allowed for this item',
        scoresRequired: 'Score all 26 items (unless the person is in a coma)',
        assessorsDistinct: 'The two assessors must be different people',
        legacyLevelRequired: 'Assessments under the old standard (MZ/T 039-2013) need a level',
        legacyLevelRange: 'The old standard (MZ/T 039-2013) has levels 0 to 3 only',
        legacyLevelOnlyOld: 'Only assessments under the old standard (MZ/T 039-2013) take a level directly',
      },
      risk: {
        measuresRequired: 'Control measures are required for a medium or high risk',
      },
      stay: {
        dischargeReasonRequired: 'Choose a discharge reason',
      },
      leave: {
        returnBeforeStart: 'The return date cannot be before the departure date',
      },
      shift: {
        midnightMismatch: 'Tick "crosses midnight" exactly when the shift ends before it starts',
      },
      attendance: {
        checkOutBeforeCheckIn: 'Check-out cannot be before check-in',
      },
      monthlyReturn: {
        submissionRequired: 'A submitted return needs the submission time and submitter',
      },
      user: {
        username: 'Usernames are 3-32 lower-case letters, digits or . _ -, starting with a letter or digit',
        passwordTooShort: 'The password needs at least 6 characters',
      },
      subsidy: {
        code: 'Codes start with a letter and contain only letters, digits, _ and -',
      },
    },
  },
};
export default catalogue;
