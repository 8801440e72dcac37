import type { OrderStatus } from "./status.js";

export const RATING_MIN = 1;
export const RATING_MAX = 5;
/** Below this score the resident must say why (§14). */
export const RATING_COMMENT_REQUIRED_BELOW = 3;

export type RatingRefusal = "NOT_DONE" | "SCORE_OUT_OF_RANGE" | "COMMENT_REQUIRED";

export const RATING_MESSAGES: Record<RatingRefusal, string> = {
  NOT_DONE: "Оценить можно только выполненную заявку",
  SCORE_OUT_OF_RANGE: `Оценка — целое число от ${RATING_MIN} до ${RATING_MAX}`,
  COMMENT_REQUIRED: `При оценке ниже ${RATING_COMMENT_REQUIRED_BELOW} напишите, что не так`,
};

/** Whether a resident may give this rating now; null when they may. */
export function checkRating(input: { status: OrderStatus; score: number; comment: string | null }): RatingRefusal | null {
  if (input.status !== "DONE") return "NOT_DONE";
  if (!Number.isInteger(input.score) || input.score < RATING_MIN || input.score > RATING_MAX) return "SCORE_OUT_OF_RANGE";
  if (input.score < RATING_COMMENT_REQUIRED_BELOW && !input.comment?.trim()) return "COMMENT_REQUIRED";
  return null;
}
