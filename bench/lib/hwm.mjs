// Preloaded (`node --import`) into a process the bench does not write itself (the CLI): at exit it
// appends the process's peak RSS (Linux VmHWM, else getrusage maxRSS) in MiB to $BENCH_HWM_FILE,
// one line per Node process of the tree ("pid peakMiB argv").
import { appendFileSync, readFileSync } from "node:fs";

const file = process.env.BENCH_HWM_FILE;
if (file) {
  process.on("exit", () => {
    let mib = process.resourceUsage().maxRSS / 1024;
    try {
      const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync("/proc/self/status", "utf8"));
      if (hwm) mib = Number(hwm[1]) / 1024;
    } catch {
      // Not Linux.
    }
    appendFileSync(file, `${process.pid} ${Math.round(mib)} ${process.argv.slice(1).join(" ")}\n`);
  });
}
