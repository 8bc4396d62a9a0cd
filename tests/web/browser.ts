import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, type Page, chromium } from "playwright-core";

/** The built page (npm run build), as a clerk opens it: from disk. */
export const PAGE_FILE = resolve(__dirname, "../../dist/web/社区建设标准核查.html");
export const PAGE_URL = pathToFileURL(PAGE_FILE).href;

/** Debian's Chromium (`.ci/run` installs it): no browser is downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Headless Chromium as root on a machine without network: no sandbox, and none of the background
 * connections Chromium makes at start (refused here, and not what a test of the page is about).
 */
export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium fonts-wqy-zenhei (.ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Every address the page asks for, and every error it throws or logs. */
export interface Watched {
  requests: string[];
  errors: string[];
}

/** Opens the page in a fresh context (downloads allowed), watching its requests and errors. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; watched: Watched }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport });
  const page = await context.newPage();
  const watched: Watched = { requests: [], errors: [] };
  page.on("request", (request) => void watched.requests.push(request.url()));
  context.on("request", (request) => void watched.requests.push(request.url()));
  page.on("pageerror", (error) => void watched.errors.push(error.message));
  page.on("console", (message) => {
    // zod tries `new Function` once to see whether it may compile; the policy says no, as meant.
    if (message.type() === "error" && !/unsafe-eval|Content Security Policy.*eval/i.test(message.text())) watched.errors.push(message.text());
  });
  await page.goto(PAGE_URL);
  return { page, watched };
}

/** Checks a file in the page and waits for its results or its error. */
export async function checkFile(page: Page, file: string, asOf = "2013-06-30"): Promise<void> {
  await page.fill("#asOf", asOf);
  await page.setInputFiles("#file", file);
  await page.waitForSelector("#results:not([hidden]), .message.error", { timeout: 120_000 });
}
