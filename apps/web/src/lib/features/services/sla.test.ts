import { describe, expect, it } from "vitest";
import { MAX_SLA_MINUTES, slaMinutes, slaParts } from "./sla";

describe("SLA in days and hours", () => {
  it.each([
    [null, { days: "", hours: "" }],
    [30, { days: "", hours: "0,5" }],
    [60, { days: "", hours: "1" }],
    [90, { days: "", hours: "1,5" }],
    [20, { days: "", hours: "0,33" }],
    [1440, { days: "1", hours: "" }],
    [1500, { days: "1", hours: "1" }],
    [4320, { days: "3", hours: "" }],
    [2 * 1440 + 4 * 60 + 45, { days: "2", hours: "4,75" }],
  ])("%s minutes are shown as %j", (minutes, parts) => {
    expect(slaParts(minutes)).toEqual(parts);
  });

  it.each([
    [{ days: "", hours: "" }, null],
    [{ days: " ", hours: " " }, null],
    [{ days: "", hours: "2" }, 120],
    [{ days: "", hours: "0,5" }, 30],
    [{ days: "", hours: "0.25" }, 15],
    [{ days: "1", hours: "" }, 1440],
    [{ days: "3", hours: "12" }, 3 * 1440 + 720],
    [{ days: "0", hours: "36" }, 2160],
    [{ days: "365", hours: "" }, MAX_SLA_MINUTES],
  ])("%j is %s minutes", (parts, minutes) => {
    expect(slaMinutes(parts)).toEqual({ ok: true, minutes });
  });

  it.each([
    [{ days: "1.5", hours: "" }, "format"],
    [{ days: "-1", hours: "" }, "format"],
    [{ days: "", hours: "два" }, "format"],
    [{ days: "", hours: "1.125" }, "format"],
    [{ days: "0", hours: "0" }, "zero"],
    [{ days: "", hours: "0.001" }, "format"],
    [{ days: "365", hours: "1" }, "tooLong"],
  ])("%j is refused (%s)", (parts, problem) => {
    expect(slaMinutes(parts)).toEqual({ ok: false, problem });
  });

  it("round-trips every whole number of minutes up to two days", () => {
    for (let minutes = 1; minutes <= 2 * 1440; minutes += 1) {
      expect(slaMinutes(slaParts(minutes))).toEqual({ ok: true, minutes });
    }
  });
});
