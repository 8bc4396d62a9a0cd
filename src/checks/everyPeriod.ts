import { bareOutcome, figuresWanted, wordsWanted } from "../measure/figures";
import type { Measured } from "../measure/outcome";
import type { Bilingual } from "../types";

/**
 * One period a standard asks for (a quarter, a year): whether it had one, whether it is over, and
 * its name, composed only for a period named as lacking (a community's 28 quarters mostly held).
 */
export interface Period {
  name: () => Bilingual;
  held: boolean;
  ended: boolean;
}

/** How many lacking periods a detail names. */
const NAMED = 8;

/**
 * Once in every period (每季度, 每年): met when every period judged had one; a period still running
 * without one is not yet due (pending), an ended one is a failure. The detail names the periods
 * lacking, after `lackingText`.
 *
 * @example everyPeriod([{ name: () => ({ zh: "2011年", en: "2011" }), held: true, ended: true }], "years", { zh: "无记录的年份", en: "years with none recorded" })
 */
export function everyPeriod(periods: readonly Period[], unit: "quarters" | "years", lackingText: Bilingual): Measured {
  const lacking = periods.filter((p) => !p.held);
  if (!figuresWanted()) return barePeriods(lacking.filter((p) => p.ended).length, lacking.filter((p) => !p.ended).length);
  // Years of quarters can lack: the most recent are named, the rest counted.
  const named = lacking.slice(-NAMED);
  const earlier = lacking.length - named.length;
  const names = (lang: keyof Bilingual, running: string, joiner: string) =>
    (earlier > 0 ? (lang === "zh" ? `此前 ${earlier} 个${unit === "quarters" ? "季度" : "年度"}及` : `${earlier} earlier ${unit} and `) : "") + named.map((p) => `${p.name()[lang]}${p.ended ? "" : running}`).join(joiner);
  return {
    kind: "measured",
    met: lacking.length === 0,
    notYetDue: lacking.length > 0 && lacking.every((p) => !p.ended),
    measured: periods.length - lacking.length,
    required: { comparison: unit === "quarters" ? "every-quarter" : "every-year", value: periods.length, unit },
    shortfall: lacking.length === 0 ? null : lacking.length,
    ...(lacking.length > 0 && wordsWanted() && {
      detail: { zh: `${lackingText.zh}：${names("zh", "（进行中）", "、")}`, en: `${lackingText.en}: ${names("en", " (running)", ", ")}` },
    }),
  };
}

/**
 * What everyPeriod says without figures (withoutFigures), from how many ended periods and how many
 * running ones lack what is due: met when none does, not yet due when only running ones do. Callers
 * that count periods without building them (every year, every quarter) answer with it.
 *
 * @example barePeriods(0, 1) // { met: false, notYetDue: true, … }
 */
export function barePeriods(endedLacking: number, runningLacking: number): Measured {
  return bareOutcome(endedLacking + runningLacking === 0, endedLacking === 0 && runningLacking > 0);
}
