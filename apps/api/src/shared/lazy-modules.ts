import { createRequire } from "node:module";

/**
 * Modules a server that only serves lists never needs, loaded on first use instead of at start:
 * they cost resident memory (the Redis client ~10 MiB, argon2's native library ~10 MiB) whether
 * used or not. Redis is needed only with REDIS_URL, argon2 only to sign in or set a password.
 */
const require = createRequire(import.meta.url);

/** The ioredis client class, loaded when the first client is made (synchronously: constructors need it). */
export function loadRedis(): typeof import("ioredis").Redis {
  return (require("ioredis") as typeof import("ioredis")).Redis;
}

let argon2Module: Promise<typeof import("@node-rs/argon2")> | undefined;

/** @node-rs/argon2, loaded with the first password hashed or verified. */
export function argon2(): Promise<typeof import("@node-rs/argon2")> {
  return (argon2Module ??= import("@node-rs/argon2"));
}

/** graphql-jit (and the JSON schema compiler it brings, ~50 ms and ~5 MiB), loaded when the first query is compiled. */
export function loadGraphqlJit(): typeof import("graphql-jit") {
  return require("graphql-jit") as typeof import("graphql-jit");
}
