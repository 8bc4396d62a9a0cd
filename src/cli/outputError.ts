/**
 * A report that could not be written (a full disk, a file gone): the command line stops and says
 * so, with exit 2.
 *
 * @example throw new OutputError("ENOSPC: no space left on device, write")
 */
export class OutputError extends Error {}
