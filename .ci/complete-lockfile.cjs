#!/usr/bin/env node
// Run after `npm install` changes package-lock.json (see README, Development).
// Adds lock entries for optional platform packages the registry mirror does not serve, so `npm ci`
// sees the tree as complete; they never install on Linux x64 (os/cpu do not match).
const fs = require("fs");
const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const pkgs = lock.packages;
const OS = ["android", "darwin", "freebsd", "linux", "openbsd", "openharmony", "win32", "sunos", "netbsd", "aix"];
let added = 0;
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [name, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const where = `node_modules/${name}`;
    if (pkgs[where] || !name.startsWith("@rollup/")) continue;
    const parts = name.split("/")[1].replace(/^rollup-/, "").split("-");
    const os = parts[0], cpu = parts[1];
    if (!OS.includes(os)) continue;
    pkgs[where] = { version: range, cpu: [cpu], dev: meta.dev, ...(parts.includes("musl") && { libc: ["musl"] }), ...(parts.includes("gnu") && { libc: ["glibc"] }), license: "MIT", optional: true, os: [os] };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
fs.writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
console.log("added", added);
