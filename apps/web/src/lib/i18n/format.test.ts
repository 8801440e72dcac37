import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "./index";
import { formatDay, formatMinutes, formatMoney, formatNumber, formatPhone, formatShortName, setDisplayTimeZone, zonedDay, zonedDayBoundary, zonedInputInstant, zonedInputValue, zoneNote } from "./format";

afterEach(() => setDisplayTimeZone(undefined));

describe("time zone of the organization", () => {
  it.each([
    ["Europe/Moscow", "2026-03-01", "start", "2026-02-28T21:00:00.000Z"],
    ["Europe/Moscow", "2026-03-01", "end", "2026-03-01T20:59:59.999Z"],
    // Berlin moves to summer time on 29 March 2026: the day is 23 hours long.
    ["Europe/Berlin", "2026-03-29", "start", "2026-03-28T23:00:00.000Z"],
    ["Europe/Berlin", "2026-03-29", "end", "2026-03-29T21:59:59.999Z"],
    ["Europe/Berlin", "2026-10-25", "end", "2026-10-25T22:59:59.999Z"],
  ] as const)("%s: %s %s → %s", (zone, day, edge, expected) => {
    setDisplayTimeZone(zone);
    expect(zonedDayBoundary(day, edge)).toBe(expected);
  });

  it("gives null for an empty or malformed day", () => {
    expect(zonedDayBoundary("", "start")).toBeNull();
    expect(zonedDayBoundary("01.03.2026", "start")).toBeNull();
  });

  it("reads the day an instant falls on there", () => {
    setDisplayTimeZone("Asia/Vladivostok");
    expect(zonedDay("2026-03-01T15:30:00Z")).toBe("2026-03-02");
    expect(zonedDay(null)).toBe("");
  });
});

describe("formatting", () => {
  it.each([
    ["+79161234567", "+7 916 123-45-67"],
    ["+4930123456", "+4930123456"],
    [null, ""],
  ])("formatPhone(%j) → %j", (phone, expected) => {
    expect(formatPhone(phone)).toBe(expected);
  });

  it("writes days, names and durations the Russian way", () => {
    expect(formatDay("2024-05-01")).toBe("01.05.2024");
    expect(formatShortName("Тихомиров Николай Романович")).toBe("Тихомиров Н. Р.");
    expect(formatShortName("  ")).toBe("");
    expect(formatMinutes(90)).toBe("1 ч 30 мин");
    expect(formatMinutes(1440)).toBe("1 д");
    expect(formatMinutes(0)).toBe("0 мин");
  });

  it("writes them the English way in English, money and numbers too", async () => {
    await setLocale("en");
    try {
      expect(formatDay("2024-05-01")).toBe("01/05/2024");
      expect(formatMinutes(90)).toBe("1 h 30 min");
      expect(formatMoney("1234.5").replace(/\s/g, " ")).toBe("RUB 1,234.50");
      expect(formatNumber(10000)).toBe("10,000");
    } finally {
      await setLocale("ru");
    }
  });
});

describe("date-time inputs in the organization's time zone", () => {
  it("shows and reads a datetime-local value on the organization's clock, whatever the browser's", () => {
    setDisplayTimeZone("Europe/Moscow");
    expect(zonedInputValue("2026-03-01T07:00:00.000Z")).toBe("2026-03-01T10:00");
    expect(zonedInputInstant("2026-03-01T10:00")!.toISOString()).toBe("2026-03-01T07:00:00.000Z");
    expect(zonedInputInstant("")).toBeNull();
    expect(zonedInputInstant("2026-03-01")).toBeNull();
  });

  it("names the organization's zone beside the input only when the browser's clock differs", () => {
    setDisplayTimeZone("Europe/Moscow");
    expect(zoneNote("Europe/Moscow")).toBe("");
    expect(zoneNote("UTC")).toContain("Europe/Moscow");
    setDisplayTimeZone(undefined);
    expect(zoneNote("UTC")).toBe("");
  });
});
