/**
 * The gzip budget of every spreadsheet build. 40 KB until issue 11 added 15 rules from the seeds
 * (+1.3 KB: their ids, labels and checks; notes and quotes are dropped from sheet builds).
 */
export const GZIP_BUDGET = 42 * 1024;
