import { describe, expect, it } from "vitest";
import { wallClock, zonedDateTimeFromInput, zonedDateTimeInput, zonedDay, zonedDayBoundary, zonedEndOfDay, zonedInstant, zoneOffsetMs } from "./time-zone.js";

const H = 3_600_000;
const utc = (iso: string) => Date.parse(iso);

describe("zoneOffsetMs", () => {
  it.each<[string, string, number]>([
    // Moscow has kept UTC+3 all year since 2014.
    ["Europe/Moscow", "2026-01-15T12:00:00Z", 3 * H],
    ["Europe/Moscow", "2026-07-15T12:00:00Z", 3 * H],
    // Berlin moves to summer time at 01:00 UTC on the last Sunday of March (29 March 2026).
    ["Europe/Berlin", "2026-03-29T00:59:59Z", 1 * H],
    ["Europe/Berlin", "2026-03-29T01:00:00Z", 2 * H],
    // …and back at 01:00 UTC on the last Sunday of October (25 October 2026).
    ["Europe/Berlin", "2026-10-25T00:59:59Z", 2 * H],
    ["Europe/Berlin", "2026-10-25T01:00:00Z", 1 * H],
    // New York: second Sunday of March at 07:00 UTC (8 March 2026).
    ["America/New_York", "2026-03-08T06:59:59Z", -5 * H],
    ["America/New_York", "2026-03-08T07:00:00Z", -4 * H],
    ["UTC", "2026-03-08T07:00:00Z", 0],
  ])("%s at %s", (zone, at, offset) => {
    expect(zoneOffsetMs(zone, utc(at))).toBe(offset);
  });
});

describe("zonedDayBoundary", () => {
  it.each<[string, string, "start" | "end", string]>([
    ["Europe/Moscow", "2026-03-01", "start", "2026-02-28T21:00:00.000Z"],
    ["Europe/Moscow", "2026-03-01", "end", "2026-03-01T20:59:59.999Z"],
    // The day of the spring change is 23 hours long in Berlin: it starts at +1 and ends at +2.
    ["Europe/Berlin", "2026-03-29", "start", "2026-03-28T23:00:00.000Z"],
    ["Europe/Berlin", "2026-03-29", "end", "2026-03-29T21:59:59.999Z"],
    // The autumn day is 25 hours long: it starts at +2 and ends at +1.
    ["Europe/Berlin", "2026-10-25", "start", "2026-10-24T22:00:00.000Z"],
    ["Europe/Berlin", "2026-10-25", "end", "2026-10-25T22:59:59.999Z"],
    ["America/New_York", "2026-03-08", "start", "2026-03-08T05:00:00.000Z"],
    ["America/New_York", "2026-03-08", "end", "2026-03-09T03:59:59.999Z"],
  ])("%s %s %s", (zone, day, edge, expected) => {
    expect(new Date(zonedDayBoundary(zone, day, edge)!).toISOString()).toBe(expected);
  });

  it.each(["", "01.03.2026", "2026-3-1"])("refuses %j", (day) => {
    expect(zonedDayBoundary("Europe/Moscow", day, "start")).toBeNull();
  });
});

describe("zonedDay and zonedEndOfDay", () => {
  it.each<[string, string, string, string]>([
    ["Europe/Moscow", "2026-02-28T21:00:00Z", "2026-03-01", "2026-03-01T20:59:59.999Z"],
    ["Europe/Moscow", "2026-02-28T20:59:59Z", "2026-02-28", "2026-02-28T20:59:59.999Z"],
    ["Europe/Berlin", "2026-03-29T12:00:00Z", "2026-03-29", "2026-03-29T21:59:59.999Z"],
    ["Europe/Berlin", "2026-10-25T23:30:00Z", "2026-10-26", "2026-10-26T22:59:59.999Z"],
    ["America/New_York", "2026-03-08T04:59:59Z", "2026-03-07", "2026-03-08T04:59:59.999Z"],
  ])("%s at %s", (zone, at, day, end) => {
    expect(zonedDay(zone, utc(at))).toBe(day);
    expect(new Date(zonedEndOfDay(zone, utc(at))).toISOString()).toBe(end);
  });
});

describe("zonedInstant", () => {
  it.each<[string, string, string]>([
    ["Europe/Berlin", "2026-03-29T03:30:00Z", "2026-03-29T01:30:00.000Z"],
    ["Europe/Berlin", "2026-03-29T01:30:00Z", "2026-03-29T00:30:00.000Z"],
    ["Europe/Moscow", "2026-06-01T09:00:00Z", "2026-06-01T06:00:00.000Z"],
  ])("%s wall %s", (zone, wall, instant) => {
    expect(new Date(zonedInstant(zone, utc(wall))).toISOString()).toBe(instant);
  });
});

describe("wallClock", () => {
  it.each<[string, string, string]>([
    ["Europe/Moscow", "2026-12-31T22:30:00Z", "2027-01-01T01:30:00.000Z"],
    ["Europe/Berlin", "2026-03-29T00:59:00Z", "2026-03-29T01:59:00.000Z"],
    ["Europe/Berlin", "2026-03-29T01:00:00Z", "2026-03-29T03:00:00.000Z"],
    ["America/New_York", "2026-11-01T06:30:00Z", "2026-11-01T01:30:00.000Z"],
  ])("%s shows %s as %s", (zone, at, wall) => {
    expect(wallClock(zone)(new Date(at)).toISOString()).toBe(wall);
  });
});

describe("date-time inputs in the organization's zone, whatever the browser's", () => {
  it.each<[string, string, string]>([
    ["Europe/Moscow", "2026-03-01T10:00", "2026-03-01T07:00:00.000Z"],
    ["Asia/Vladivostok", "2026-03-01T10:00", "2026-03-01T00:00:00.000Z"],
    // Berlin, across the spring change (02:00 → 03:00 on 2026-03-29): CET before, CEST after.
    ["Europe/Berlin", "2026-03-29T01:30", "2026-03-29T00:30:00.000Z"],
    ["Europe/Berlin", "2026-03-29T04:00", "2026-03-29T02:00:00.000Z"],
    ["UTC", "2026-12-31T23:59", "2026-12-31T23:59:00.000Z"],
  ])("%s: %s is %s and reads back the same", (zone, input, instant) => {
    const at = zonedDateTimeFromInput(zone, input)!;
    expect(new Date(at).toISOString()).toBe(instant);
    expect(zonedDateTimeInput(zone, at)).toBe(input);
  });

  it.each(["", "2026-03-01", "2026-03-01 10:00", "2026-13-01T10:00", "2026-03-01T24:00", "01.03.2026 10:00"])("refuses %j", (value) => {
    expect(zonedDateTimeFromInput("Europe/Moscow", value)).toBeNull();
  });
});
