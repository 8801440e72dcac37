import "reflect-metadata";
import { connect } from "@domovoy/db";
import { startBenchServer } from "./server.js";

/**
 * The peers part's Domovoy server in a process of its own (BENCH_PEERS_DOMOVOY_NODE): the same
 * server startBenchServer makes in the bench's process, over the database named in argv, on the Node
 * the parent chose. Prints {"url"} once listening; SIGTERM closes it.
 */
const databaseUrl = process.argv[2]!;
const database = connect(databaseUrl, { max: 20 });
const { app, url } = await startBenchServer(databaseUrl, { database });
process.stdout.write(`${JSON.stringify({ url })}\n`);
process.once("SIGTERM", () => {
  void app
    .close()
    .then(() => database.close())
    .finally(() => process.exit(0));
});
