/**
 * A report that could not be written (a full disk, a file gone): the command line stops and says
 * so, with exit 2. `code` is Node's (ENOSPC…), where there is one.
 *
 * @example throw new OutputError("ENOSPC: no space left on device, write", "ENOSPC")
 */
export class OutputError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Node's error codes for a write that fails, as a clerk reads them. */
const CAUSES: Readonly<Record<string, string>> = { ENOSPC: "磁盘已满", EDQUOT: "磁盘配额已用完", EACCES: "没有写入权限", EPERM: "没有写入权限", EROFS: "磁盘只读", ENOENT: "文件夹已不存在", EISDIR: "这是一个文件夹" };

/**
 * Why a write failed, in Chinese first where the cause is known, with Node's own words after.
 *
 * @example writeFailure({ code: "ENOSPC", message: "ENOSPC: no space left on device, write" }, "zh") // "磁盘已满（ENOSPC: no space left on device, write）"
 */
export function writeFailure(error: { code?: string; message: string }, lang: "zh" | "en"): string {
  const cause = error.code === undefined ? undefined : CAUSES[error.code];
  return lang === "zh" && cause !== undefined ? `${cause}（${error.message}）` : error.message;
}
