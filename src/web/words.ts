// What the page says, in Chinese first and in English on request.
import type { Lang } from "../report/words";

export const WORDS = {
  title: ["社区建设标准核查", "Community standards check"],
  subtitle: [
    "按广州（2000、2011）、深圳龙岗（2005）、临沂、敦煌五份文件的标准核查社区、街道、区、市和住宅项目。在本机运行，不联网，数据不离开这台电脑。",
    "Checks communities, streets, districts, cities and housing projects against five Chinese community-building documents. Runs on this computer, offline: no data leaves it.",
  ],
  tabCheck: ["核查", "Check"],
  tabCatalogue: ["标准", "Standards"],
  tabCalculators: ["计算器", "Calculators"],
  tabTemplate: ["模板", "Template"],
  drop: ["把填好的 .xlsx、.csv 或 .json 文件拖到这里，或点击选择", "Drop a filled .xlsx, .csv or .json file here, or click to choose one"],
  asOf: ["评估日", "As of"],
  documents: ["文件（不选则按各主体的所属地区）", "Documents (none ticked: by each subject's jurisdiction)"],
  run: ["核查", "Check"],
  privacy: ["文件只在本页面内读取，不上传；关闭页面即清除。", "The file is read inside this page only, never uploaded; closing the page clears it."],
  downloadXlsx: ["下载报告（.xlsx）", "Download report (.xlsx)"],
  downloadCsv: ["下载 CSV", "Download CSV"],
  print: ["打印", "Print"],
  chartSubjects: ["各主体总体结论", "Overall verdict per subject"],
  chartRules: ["各项标准：达标与未达标的主体数（未达标最多的在前）", "Each standard: subjects that meet it and that fail it (most failures first)"],
  problems: ["输入问题（请按提示修改后重新核查）", "Input problems (correct them and check again)"],
  notes: ["提示（读取文件时的处理，不影响结论）", "Notes (how the file was read; they do not change the findings)"],
  subjects: ["社区与其他主体（点击一行查看各条结论）", "Communities and other subjects (click a row for its findings)"],
  filter: ["按编号或名称筛选", "Filter by id or name"],
  allStatuses: ["全部结论", "All verdicts"],
  search: ["搜索条文、规则、编号", "Search the text, rules, ids"],
  templateText: [
    "先下载填报模板，在 WPS 或 Excel 中填写（每行一个社区或住宅项目；表头有每列的单位和说明），保存为 .xlsx，再回到“核查”选择这个文件。",
    "Download the template, fill it in WPS or Excel (a row per community or housing project; each header says its unit and meaning), save it as .xlsx, then choose it under Check.",
  ],
  downloadTemplate: ["下载填报模板（.xlsx）", "Download the template (.xlsx)"],
  footer: [
    "community-standards-cn：规则逐条注明出处与原文。本页面是离线文件，可复制到内网电脑使用。",
    "community-standards-cn: every rule cites its article and original words. This page is one offline file: copy it to intranet computers.",
  ],
  chooseFirst: ["请选择文件", "Choose a file"],
  reading: ["正在读取和核查…", "Reading and checking…"],
  rowsRead: ["已读 {rows} 行", "{rows} rows read"],
  checkedIn: ["用时 {s} 秒", "{s} s"],
  subject: ["编号", "Id"],
  name: ["名称", "Name"],
  kind: ["类型", "Kind"],
  overall: ["总体结论", "Overall"],
  file: ["文件", "File"],
  row: ["行", "Row"],
  column: ["列", "Column"],
  problem: ["问题", "Problem"],
  inputProblem: ["数据有误", "Input problem"],
  article: ["条款", "Article"],
  quote: ["原文", "Original words"],
  required: ["要求", "Required"],
  measured: ["实测", "Measured"],
  shortfall: ["差额", "Shortfall"],
  due: ["期限", "Due"],
  modality: ["约束性", "Modality"],
  consequences: ["未达标的后果", "Consequences"],
  explain: ["逐步说明", "Step by step"],
  note: ["说明", "Note"],
  close: ["关闭", "Close"],
  toFix: ["需整改的事项", "What to fix"],
  nothingToFix: ["没有未达标的标准。", "No standard fails."],
  printedOn: ["打印日期", "Printed"],
  documentsUsed: ["文件", "Documents"],
  threshold: ["指标", "Figures"],
  inForce: ["施行", "In force"],
  none: ["无", "none"],
  issued: ["发布", "Issued"],
  subjectKind: ["适用对象", "Subject"],
  rulesCount: ["{n} 条规则", "{n} rules"],
  found: ["找到 {n} 条", "{n} found"],
  result: ["结果", "Result"],
  compute: ["计算", "Compute"],
  steps: [
    "1. 下载模板并填写；已有的统计表也可直接核查：表头用模板中的中文列名即可。|2. 在“核查”中选择文件，选评估日（默认今天）。|3. 看结果：图表、各社区的结论；点击一行看每条结论的条款、原文、差额和期限。|4. 下载 .xlsx 报告存档，或打印给领导审阅。",
    "1. Download the template and fill it in; an existing table works too if its headers use the template's Chinese column names.|2. Under Check, choose the file and the as-of day (today by default).|3. Read the results: charts and each community's verdict; click a row for each finding's article, words, shortfall and due date.|4. Download the .xlsx report to file, or print it for review.",
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type WordKey = keyof typeof WORDS;

/** A phrase of the page in the language asked for, with its {placeholders} filled. */
export function say(key: WordKey, lang: Lang, values: Record<string, string | number> = {}): string {
  const text: string = WORDS[key][lang === "zh" ? 0 : 1];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}
