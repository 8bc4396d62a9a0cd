import { Exact } from "../arithmetic/exact";
import { formatExact } from "../arithmetic/formatExact";
import { commonUnits, formatFixed } from "../arithmetic/fixedOf";
import { toExact } from "../arithmetic/toExact";
import { wholeOf } from "../arithmetic/wholeOf";
import type { Community, RoomFunction } from "../schema/community";
import { ENUM_LABELS } from "../labels/enumLabels";
import type { Input } from "../measure/field";
import { remembered } from "../measure/subjectMemo";
import { explaining, step } from "../measure/trace";

export interface AreaServing extends Input<string> {
  /** Some of the area is a room that serves other functions too (一室多用). */
  shared: boolean;
}

/** How a missing function is named in `missing` (and mapped to the `area.<function>` column). */
export const roomPath = (fn: RoomFunction) => `rooms[function=${fn}]`;

/** Areas of at most 15 digits summed as whole units of their finest place, as Decimal would write the sum; undefined past that. */
function fixedSum(areas: readonly (number | string)[]): string | undefined {
  const common = commonUnits(areas);
  if (common === undefined) return undefined;
  const sum = common.units.reduce((a, b) => a + b, 0);
  return Number.isSafeInteger(sum) ? formatFixed(sum, common.scale) : undefined;
}

/**
 * The floor area serving one function, summed exactly over the rooms that list it. A room used for
 * several functions counts in full toward each (Longgang art. 32: 一室多用). Nothing is guessed: with
 * no `rooms`, or no room listing the function, the area is missing data; a room of 0 m² says "none".
 *
 * @example areaServing({ rooms: [{ functions: ["library", "elderly-home"], areaM2: 120 }] }, "library")
 *          // { path: "rooms[function=library]", value: "120", shared: true }
 */
export function areaServing(community: Pick<Community, "rooms">, fn: RoomFunction): AreaServing {
  if (community.rooms === undefined) return { path: "rooms", value: undefined, shared: false };
  // An explanation records the sum for each rule that reads it, so it is not taken from the memo.
  if (typeof __SHEETS__ === "undefined" && explaining()) return sumServing(community.rooms, fn);
  return remembered(community.rooms, fn, () => Object.freeze(sumServing(community.rooms!, fn)));
}

function sumServing(rooms: NonNullable<Community["rooms"]>, fn: RoomFunction): AreaServing {
  const serving = rooms.filter((room) => room.functions.includes(fn));
  if (serving.length === 0) return { path: roomPath(fn), value: undefined, shared: false };
  if (typeof __SHEETS__ === "undefined" && explaining()) step(() => {
    // A row of the flat format names each room by its function: no need to say it twice.
    const terms = serving.map((room) => `${String(room.areaM2)}${room.name && room.name !== fn ? `（${room.name}）` : ""}`).join(" + ");
    const shared = serving.some((room) => room.functions.length > 1);
    return {
      zh: `${ENUM_LABELS.roomFunction[fn].zh}面积：${terms}${shared ? "（一室多用的房间全额计入每一用途）" : ""}`,
      en: `area serving ${fn}: ${terms}${shared ? " (a shared room counts in full for each of its functions)" : ""}`,
    };
  });
  // Whole areas add up exactly as numbers while the sum stays a safe integer (a rounded sum past
  // 2^53 is never one); anything else is summed with Decimal.
  const wholes = serving.map((room) => wholeOf(room.areaM2));
  const sum = wholes.every((w) => w !== undefined) ? wholes.reduce((a, b) => a! + b!, 0)! : Number.NaN;
  if (Number.isSafeInteger(sum)) return { path: roomPath(fn), value: String(sum), shared: serving.some((room) => room.functions.length > 1) };
  const fixed = fixedSum(serving.map((room) => room.areaM2));
  if (fixed !== undefined) return { path: roomPath(fn), value: fixed, shared: serving.some((room) => room.functions.length > 1) };
  const total = serving.reduce((sum, room, i) => sum.plus(toExact(room.areaM2, `rooms[${i}].areaM2`)), new Exact(0));
  return { path: roomPath(fn), value: formatExact(total), shared: serving.some((room) => room.functions.length > 1) };
}
