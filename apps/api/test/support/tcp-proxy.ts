import { createServer, Socket, type Server } from "node:net";

/**
 * A TCP relay between the API and PostgreSQL that a test can break the way real outages do,
 * without touching the shared server: `cut()` resets every connection and refuses new ones (the
 * database crashed or was killed), `hang()` accepts connections and never answers (a hung host, a
 * dropped network, a stopped process), `restore()` relays again (the database came back).
 * `latencyMs` delays what the client sends (a server on a farther host).
 */
export class TcpFaultProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private mode: "up" | "cut" | "hang" = "up";
  port = 0;
  latencyMs = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  static forUrl(url: string): TcpFaultProxy {
    const parsed = new URL(url);
    return new TcpFaultProxy(parsed.hostname, Number(parsed.port || 5432));
  }

  /** The same URL, through this proxy. */
  urlFor(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = "127.0.0.1";
    parsed.port = String(this.port);
    return parsed.toString();
  }

  async start(): Promise<void> {
    this.server = createServer((client) => {
      this.sockets.add(client);
      client.on("close", () => this.sockets.delete(client));
      client.on("error", () => undefined);
      if (this.mode === "cut") return client.resetAndDestroy();
      if (this.mode === "hang") return;
      const upstream = new Socket();
      this.sockets.add(upstream);
      upstream.on("close", () => {
        this.sockets.delete(upstream);
        client.destroy();
      });
      client.on("close", () => upstream.destroy());
      upstream.on("error", () => client.destroy());
      upstream.connect(this.targetPort, this.targetHost, () => {
        if (this.latencyMs > 0) client.on("data", (chunk) => void setTimeout(() => upstream.write(chunk), this.latencyMs));
        else client.pipe(upstream);
        upstream.pipe(client);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server!.address() as { port: number }).port;
  }

  /** The database crashed: every connection is reset, new ones are refused until restore(). */
  cut(): void {
    this.mode = "cut";
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.sockets.clear();
  }

  /** The database hangs: open connections go silent, new ones connect but never get an answer. */
  hang(): void {
    this.mode = "hang";
    for (const socket of this.sockets) socket.pause();
  }

  restore(): void {
    if (this.mode === "hang") for (const socket of this.sockets) socket.destroy();
    this.mode = "up";
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
