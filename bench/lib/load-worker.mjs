// One autocannon run in a process of its own (started by load.mjs): a load generator that has
// already run for minutes carries garbage and open handles into the next measurement.
import autocannon from "autocannon";

const options = JSON.parse(process.argv[2]);
const instance = autocannon(options, (error, result) => {
  if (error) {
    console.error(error.message);
    process.exit(1);
  }
  process.stdout.write(JSON.stringify(result));
});
process.on("SIGTERM", () => instance.stop());
