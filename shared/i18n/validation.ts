import type { FeatureStrings } from './types';

/**
 * Messages for every code that shared/schema can put on a zod issue (`errors:validation.*`).
 */
export default {
  errors: {
    validation: {
      invalid: [
        '填写的内容有误，请检查标红的项目',
        'Some entries are not valid; please check the highlighted fields',
      ],
      required: ['必填', 'Required'],
      invalidType: ['格式不对', 'Wrong format'],
      invalidOption: ['请从列表中选择', 'Please choose from the list'],
      invalidFormat: ['格式不对', 'Wrong format'],
      unknownKey: ['包含无法识别的内容', 'Contains unrecognised data'],
      tooShort: ['内容太短', 'Too short'],
      tooLong: ['内容太长', 'Too long'],
      tooSmall: ['数值太小', 'Value too small'],
      tooLarge: ['数值太大', 'Value too large'],
      notInteger: ['请填写整数', 'Please enter a whole number'],
      tooFew: ['至少要选一项', 'Choose at least one'],
      tooMany: ['项目太多', 'Too many entries'],
      date: ['请填写正确的日期，例如 2026-03-15', 'Enter a valid date, e.g. 2026-03-15'],
      dateTime: ['时间格式不对', 'Invalid date and time'],
      time: ['请填写正确的时间，例如 08:30', 'Enter a valid time, e.g. 08:30'],
      period: ['请填写正确的月份，例如 2026-03', 'Enter a valid month, e.g. 2026-03'],
      id: ['编号无效', 'Invalid identifier'],
      phone: ['请填写正确的手机号或座机号', 'Enter a valid mobile or landline number'],
      name: ['姓名只能包含文字、空格和 · 等符号', 'Names may contain letters, spaces and · only'],
      endBeforeStart: ['结束日期不能早于开始日期', 'The end date cannot be before the start date'],
      duplicate: ['与已有记录重复', 'Duplicates an existing record'],
      idNumber: {
        format: [
          '身份证号应为 18 位（最后一位可以是 X）或老式 15 位',
          'An ID number has 18 characters (the last may be X), or 15 digits for old cards',
        ],
        region: ['身份证号前两位的地区代码不存在', 'The region code (first two digits) does not exist'],
        birthDate: ['身份证号中的出生日期不存在', 'The birth date inside the ID number does not exist'],
        futureBirthDate: [
          '身份证号中的出生日期晚于今天',
          'The birth date inside the ID number is in the future',
        ],
        checksum: [
          '身份证号最后一位校验码不对，请逐位核对',
          'The check character (last character) is wrong; please check each digit',
        ],
        birthDateMismatch: ['出生日期与身份证号不一致', 'Birth date does not match the ID number'],
        sexMismatch: ['性别与身份证号不一致', 'Sex does not match the ID number'],
      },
      center: {
        nursingExceedsResidential: [
          '护理型床位数不能超过全托床位数',
          'Nursing-type beds cannot exceed residential beds',
        ],
        tooManyBeds: ['床位总数不能超过 2000 张', 'The total number of beds cannot exceed 2000'],
      },
      person: {
        incompleteWithoutId: [
          '没有身份证号的档案必须标记为“资料不全”',
          'A record without an ID number must be marked incomplete',
        ],
      },
      ability: {
        scoreOutOfRange: ['该项得分超出允许范围', 'Score outside the range allowed for this item'],
        scoresRequired: [
          '请为全部 26 个评估项目打分（昏迷者除外）',
          'Score all 26 items (unless the person is in a coma)',
        ],
        assessorsDistinct: ['两名评估员不能是同一人', 'The two assessors must be different people'],
        legacyLevelRequired: [
          '旧标准（MZ/T 039-2013）评估请填写能力等级',
          'Assessments under the old standard (MZ/T 039-2013) need a level',
        ],
        legacyLevelRange: [
          '旧标准（MZ/T 039-2013）只有 0 至 3 级',
          'The old standard (MZ/T 039-2013) has levels 0 to 3 only',
        ],
        legacyLevelOnlyOld: [
          '只有旧标准（MZ/T 039-2013）的评估才直接填写等级',
          'Only assessments under the old standard (MZ/T 039-2013) take a level directly',
        ],
      },
      risk: {
        measuresRequired: [
          '风险等级为中或高时，必须填写防范措施',
          'Control measures are required for a medium or high risk',
        ],
      },
      stay: {
        dischargeReasonRequired: ['请选择出院（离院）原因', 'Choose a discharge reason'],
      },
      leave: {
        returnBeforeStart: [
          '返回日期不能早于离开日期',
          'The return date cannot be before the departure date',
        ],
      },
      shift: {
        midnightMismatch: [
          '下班时间早于上班时间的班次应勾选“跨夜”，反之不勾选',
          'Tick "crosses midnight" exactly when the shift ends before it starts',
        ],
        quarterHours: ['工时按 0.25 小时计', 'Paid hours go in quarters of an hour'],
        breakTooLong: ['休息时间不能长于班次本身', 'The break cannot be as long as the shift'],
        paidExceedsSpan: [
          '计薪工时不能超过班次时长减去休息时间',
          'Paid hours cannot exceed the shift less its break',
        ],
      },
      attendance: {
        checkOutBeforeCheckIn: ['离开时间不能早于到达时间', 'Check-out cannot be before check-in'],
      },
      monthlyReturn: {
        submissionRequired: [
          '已上报的月报必须有上报时间和上报人',
          'A submitted return needs the submission time and submitter',
        ],
      },
      user: {
        username: [
          '用户名为 3-32 位小写字母、数字或 . _ -，以字母或数字开头',
          'Usernames are 3-32 lower-case letters, digits or . _ -, starting with a letter or digit',
        ],
        passwordTooShort: ['密码至少 8 位', 'The password needs at least 8 characters'],
        passwordTooCommon: [
          '这个密码太常见，容易被猜中，请换一个',
          'This password is too common and easy to guess; choose another',
        ],
        passwordsDiffer: ['两次输入的密码不一致', 'The two passwords differ'],
      },
      subsidy: {
        code: [
          '代码以英文字母开头，只能包含字母、数字、_ 和 -',
          'Codes start with a letter and contain only letters, digits, _ and -',
        ],
      },
    },
  },
} satisfies FeatureStrings;
