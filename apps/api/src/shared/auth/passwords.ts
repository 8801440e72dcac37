import { hash } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}
