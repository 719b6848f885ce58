// A one-line progress bar on a terminal (a line every 5 % otherwise, for logs), with rate and ETA.
export function progressBar(label: string, total: number, from: number) {
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let lastStep = -1;
  return {
    update(done: number) {
      const share = total ? done / total : 1;
      const seconds = (Date.now() - started) / 1000;
      const rate = (done - from) / Math.max(seconds, 0.001);
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      const width = 30;
      const filled = Math.round(share * width);
      const line =
        `[seed] ${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ` +
        `${(share * 100).toFixed(1)}% ${done}/${total} · ${Math.round(rate)}/s · ETA ${Math.floor(eta / 60)}m${eta % 60}s`;
      if (tty) process.stderr.write(`\r${line}`);
      else if (Math.floor(share * 20) !== lastStep) {
        lastStep = Math.floor(share * 20);
        console.log(line);
      }
    },
    done() {
      if (tty) process.stderr.write("\n");
    },
  };
}
