import { argon2 } from "../lazy-modules.js";

export async function hashPassword(password: string): Promise<string> {
  return (await argon2()).hash(password);
}
