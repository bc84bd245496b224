import type { FeatureStrings } from './types';

/**
 * The `care` command line (namespace `cli`): usage, command output and the referential-integrity
 * problems reported by `care verify`.
 */
export default {
  cli: {
    help: {
      title: ['Township Care 乡镇养老服务中心管理系统 — 命令行工具', 'Township Care — command line'],
      usage: ['用法：npm run care -- <命令> [选项]', 'Usage: npm run care -- <command> [options]'],
      commands: ['命令：', 'Commands:'],
      seedDemo: [
        'seed-demo        在空的数据目录中生成一套演示数据（可重复：同一种子得到同样的数据）',
        'seed-demo        generate a demo center in an empty data folder (same seed, same data)',
      ],
      seedDemoOptions: [
        '                 --seed N 随机种子（默认 1）  --years N 历史年数（默认 3）  --beds N 床位数（默认 60）\n                 --members N 日间照料会员数（默认按床位数估算）  --today YYYY-MM-DD 以哪一天为“今天”',
        '                 --seed N random seed (default 1)  --years N years of history (default 3)  --beds N beds (default 60)\n                 --members N day-care members (default from the bed count)  --today YYYY-MM-DD the day taken as today',
      ],
      verify: [
        'verify           检查数据文件与审计日志是否完整、记录之间的引用是否一致',
        'verify           check data files, the audit log and the references between records',
      ],
      backup: [
        'backup           立即做一份备份  --out 目录：再复制一份到该目录（如U盘）',
        'backup           make a backup now  --out DIR: also copy it to that folder (e.g. a USB stick)',
      ],
      restore: [
        'restore 文件     从备份文件恢复（恢复前会先自动备份当前数据）',
        'restore FILE     restore from a backup file (the current data is backed up first)',
      ],
      stats: [
        'stats            显示各类记录的数量、文件大小和审计日志条数',
        'stats            show record counts, file sizes and audit entries',
      ],
      importPeople: [
        'import people 文件  从 Excel（.xlsx）或 CSV 导入老人名单，只导入没有问题的行\n                 --dry-run 只检查不写入  --mapping 名称 使用保存过的列对应关系（默认按常见表头识别）',
        'import people FILE  import elders from Excel (.xlsx) or CSV; only rows without problems are imported\n                 --dry-run check only, write nothing  --mapping NAME use a saved column mapping (default: recognise usual headers)',
      ],
      options: ['通用选项：', 'Common options:'],
      data: [
        '--data 目录      数据目录（默认取环境变量 CARE_DATA_DIR，否则为系统默认位置）',
        '--data DIR       data folder (default: CARE_DATA_DIR, else the system default location)',
      ],
      lang: [
        '--lang zh-CN|en  输出语言（默认按系统语言，否则中文）',
        '--lang zh-CN|en  output language (default: from the system language, else Chinese)',
      ],
      help: ['--help           显示本帮助', '--help           show this help'],
      exitCodes: [
        '退出码：0 成功，1 检查未通过或操作失败，2 用法错误',
        'Exit codes: 0 success, 1 check failed or operation failed, 2 usage error',
      ],
    },
    usage: {
      noCommand: ['没有指定命令。', 'No command given.'],
      unknownCommand: ['未知命令“{{command}}”。', 'Unknown command "{{command}}".'],
      unknownOption: ['未知选项“{{option}}”。', 'Unknown option "{{option}}".'],
      missingValue: ['选项 {{option}} 需要一个值。', 'Option {{option}} needs a value.'],
      switchTakesNoValue: ['选项 {{option}} 不需要值。', 'Option {{option}} takes no value.'],
      optionNotForCommand: [
        '命令 {{command}} 不接受选项 {{option}}。',
        'Command {{command}} does not accept option {{option}}.',
      ],
      missingArgument: ['命令 {{command}} 缺少参数。', 'Command {{command}} is missing an argument.'],
      extraArgument: ['多余的参数“{{argument}}”。', 'Unexpected argument "{{argument}}".'],
      badNumber: [
        '选项 {{option}} 的值“{{value}}”无效，应为 {{min}} 到 {{max}} 之间的整数。',
        'Invalid value "{{value}}" for {{option}}: expected a whole number from {{min}} to {{max}}.',
      ],
      badDate: [
        '选项 {{option}} 的值“{{value}}”不是有效日期（格式 YYYY-MM-DD）。',
        'Invalid value "{{value}}" for {{option}}: expected a date as YYYY-MM-DD.',
      ],
      badLang: [
        '不支持的语言“{{value}}”，可选 zh-CN 或 en。',
        'Unsupported language "{{value}}": use zh-CN or en.',
      ],
      seeHelp: ['运行 npm run care -- --help 查看用法。', 'Run npm run care -- --help for usage.'],
    },
    common: {
      dataDir: ['数据目录：{{dir}}', 'Data folder: {{dir}}'],
      failed: ['操作失败：{{message}}', 'Failed: {{message}}'],
      unexpected: ['发生意外错误：{{message}}', 'Unexpected error: {{message}}'],
      readOnly: [
        '数据目录处于只读状态（原因：{{reason}}），涉及文件：{{files}}',
        'The data folder is read-only (reason: {{reason}}), files involved: {{files}}',
      ],
      noData: ['找不到数据目录“{{dir}}”。', 'Data folder "{{dir}}" not found.'],
    },
    seed: {
      notEmpty: [
        '数据目录“{{dir}}”不是空的。为避免覆盖已有数据，演示数据只能生成到空目录中；请换一个新目录。',
        'The data folder "{{dir}}" is not empty. To protect existing data, demo data is only written to an empty folder; choose a new one.',
      ],
      forceRefused: [
        '即使指定 --force 也不会删除已有数据。请手动换一个空目录。',
        'Existing data is never deleted, even with --force. Choose an empty folder instead.',
      ],
      planning: [
        '正在生成演示数据：种子 {{seed}}，{{years}} 年历史，{{beds}} 张床位，{{members}} 名日间照料会员，今天为 {{today}}……',
        'Generating demo data: seed {{seed}}, {{years}} years of history, {{beds}} beds, {{members}} day-care members, today is {{today}}…',
      ],
      writing: ['正在写入：{{done}}/{{total}} 批', 'Writing: batch {{done}}/{{total}}'],
      done: [
        '完成：{{people}} 位老人、{{staff}} 名员工、{{beds}} 张床位、{{records}} 条记录，共 {{batches}} 批写入，用时 {{seconds}} 秒。',
        'Done: {{people}} elders, {{staff}} staff, {{beds}} beds, {{records}} records, written in {{batches}} batches in {{seconds}} s.',
      ],
    },
    verify: {
      checking: ['正在检查 {{dir}} ……', 'Checking {{dir}}…'],
      ok: [
        '检查通过：数据文件、审计日志和记录引用均一致。',
        'All checks passed: data files, audit log and record references agree.',
      ],
      failed: ['检查未通过：发现 {{count}} 个问题。', 'Check failed: {{count}} problems found.'],
      problem: ['  ✗ [{{file}}] {{message}}', '  ✗ [{{file}}] {{message}}'],
    },
    checks: {
      missingPerson: [
        '{{collection}} 中的记录 {{id}} 指向不存在的人员 {{ref}}',
        'Record {{id}} in {{collection}} refers to a person {{ref}} who does not exist',
      ],
      missingBed: [
        '床位分配 {{id}} 指向不存在的床位 {{ref}}',
        'Bed assignment {{id}} refers to a bed {{ref}} that does not exist',
      ],
      missingRoom: [
        '床位 {{id}} 指向不存在的房间 {{ref}}',
        'Bed {{id}} refers to a room {{ref}} that does not exist',
      ],
      missingBuilding: [
        '房间 {{id}} 指向不存在的楼栋 {{ref}}',
        'Room {{id}} refers to a building {{ref}} that does not exist',
      ],
      missingStay: [
        '{{collection}} 中的记录 {{id}} 指向不存在的入住记录 {{ref}}',
        'Record {{id}} in {{collection}} refers to a stay {{ref}} that does not exist',
      ],
      missingStaff: [
        '{{collection}} 中的记录 {{id}} 指向不存在的员工 {{ref}}',
        'Record {{id}} in {{collection}} refers to a staff member {{ref}} who does not exist',
      ],
      missingShift: [
        '排班 {{id}} 指向不存在的班次 {{ref}}',
        'Roster entry {{id}} refers to a shift {{ref}} that does not exist',
      ],
      missingPartner: [
        '转介 {{id}} 指向不存在的合作机构 {{ref}}',
        'Referral {{id}} refers to a partner {{ref}} that does not exist',
      ],
      missingVillagePoint: [
        '{{collection}} 中的记录 {{id}} 指向不存在的村级服务点 {{ref}}',
        'Record {{id}} in {{collection}} refers to a village point {{ref}} that does not exist',
      ],
      missingSubsidyType: [
        '{{collection}} 中的记录 {{id}} 指向不存在的补贴类型 {{ref}}',
        'Record {{id}} in {{collection}} refers to a subsidy type {{ref}} that does not exist',
      ],
      duplicateId: ['{{collection}} 中有重复的编号 {{id}}', 'Duplicate id {{id}} in {{collection}}'],
      endsBeforeStart: [
        '{{collection}} 中的记录 {{id}} 结束日期 {{to}} 早于开始日期 {{from}}',
        'Record {{id}} in {{collection}} ends ({{to}}) before it starts ({{from}})',
      ],
      overlappingStays: [
        '人员 {{ref}} 的入住记录 {{id}} 与 {{other}} 时间重叠',
        'Stays {{id}} and {{other}} of person {{ref}} overlap',
      ],
      bedDoubleAssigned: [
        '床位 {{ref}} 同时有两个未结束的分配：{{id}} 和 {{other}}',
        'Bed {{ref}} has two open assignments: {{id}} and {{other}}',
      ],
      personDoubleAssigned: [
        '人员 {{ref}} 同时占有两张床位：分配 {{id}} 和 {{other}}',
        'Person {{ref}} holds two beds at once: assignments {{id}} and {{other}}',
      ],
      bedOverlap: [
        '床位 {{ref}} 的分配 {{id}} 与 {{other}} 时间重叠',
        'Assignments {{id}} and {{other}} of bed {{ref}} overlap in time',
      ],
      bedHeldAfterDischarge: [
        '人员 {{ref}} 已出院，但仍占有床位（分配 {{id}}）',
        'Person {{ref}} has been discharged but still holds a bed (assignment {{id}})',
      ],
      bedHeldByDeceased: [
        '人员 {{ref}} 已去世，但仍占有床位（分配 {{id}}）',
        'Person {{ref}} has died but still holds a bed (assignment {{id}})',
      ],
      bedHeldWithoutStay: [
        '人员 {{ref}} 没有在住记录，却占有床位（分配 {{id}}）',
        'Person {{ref}} has no current stay but holds a bed (assignment {{id}})',
      ],
      assignmentOutsideStay: [
        '床位分配 {{id}}（人员 {{ref}}）不在任何一次入住期间内',
        'Bed assignment {{id}} (person {{ref}}) lies outside every stay',
      ],
      leaveOutsideStay: [
        '请假/住院记录 {{id}}（人员 {{ref}}）不在任何一次入住期间内',
        'Leave or hospital episode {{id}} (person {{ref}}) lies outside every stay',
      ],
      recordAfterDeath: [
        '{{collection}} 中的记录 {{id}} 日期 {{date}} 晚于人员 {{ref}} 的去世日期 {{deathDate}}',
        'Record {{id}} in {{collection}} is dated {{date}}, after person {{ref}} died on {{deathDate}}',
      ],
      wrongShard: [
        '{{kind}} 的 {{period}} 月文件中有记录 {{id}}，其日期属于 {{expected}}',
        'The {{period}} file of {{kind}} holds record {{id}} dated in {{expected}}',
      ],
      storeProblem: ['{{message}}', '{{message}}'],
    },
    preview: {
      badPort: [
        '--port 应为 0 到 65535 之间的整数，收到的是 {{value}}',
        '--port must be a whole number from 0 to 65535, got {{value}}',
      ],
      badLang: ['--lang 只能是 zh-CN 或 en', '--lang must be zh-CN or en'],
      started: [
        'Township Care 浏览器预览（仅限本机，开发和测试用）— 数据文件夹：{{dataDir}}',
        'Township Care browser preview (this computer only, for development and tests) — data folder: {{dataDir}}',
      ],
    },
    backup: {
      done: ['已备份到：{{file}}', 'Backed up to: {{file}}'],
      copied: ['已复制到：{{file}}', 'Copied to: {{file}}'],
    },
    restore: {
      done: [
        '已从 {{file}} 恢复数据。恢复前的数据已备份到：{{safety}}',
        'Restored from {{file}}. The data as it was before has been backed up to: {{safety}}',
      ],
      missingFile: ['找不到备份文件“{{file}}”。', 'Backup file "{{file}}" not found.'],
    },
    stats: {
      title: ['数据目录 {{dir}} 的统计', 'Statistics of data folder {{dir}}'],
      collections: ['核心文档中的记录：', 'Records in the core document:'],
      collectionLine: ['  {{name}}：{{count}}', '  {{name}}: {{count}}'],
      shards: ['按月分片的记录：', 'Records in monthly shards:'],
      shardLine: [
        '  {{kind}}：{{periods}} 个月份，{{records}} 条记录，{{size}}',
        '  {{kind}}: {{periods}} months, {{records}} records, {{size}}',
      ],
      files: [
        '文件大小：核心文档 {{core}}，分片合计 {{shards}}，审计日志 {{audit}}，备份 {{backups}}',
        'File sizes: core {{core}}, shards {{shards}}, audit log {{audit}}, backups {{backups}}',
      ],
      audit: [
        '审计日志：{{entries}} 条，{{files}} 个文件',
        'Audit log: {{entries}} entries in {{files}} files',
      ],
      backups: ['备份：{{count}} 份', 'Backups: {{count}}'],
    },
  },
} satisfies FeatureStrings;
