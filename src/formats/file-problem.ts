/**
 * Why a whole file cannot be imported (not a text file, no header, too many
 * rows): one line that says what was wrong and what is accepted. Problems of
 * single rows are data, reported with their line numbers, not thrown.
 */
export class FileProblem extends Error {
  override readonly name = 'FileProblem';
}

/** A row of a file that cannot be imported, and why. */
export interface RowProblem {
  /** The first line of the row (1 is the file's first line). */
  readonly line: number;
  /** The last line, when the row spans several. */
  readonly endLine?: number;
  readonly reason: string;
}
