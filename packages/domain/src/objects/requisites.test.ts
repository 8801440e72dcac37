import { describe, expect, it } from "vitest";
import {
  isValidBik,
  isValidCorrespondentAccount,
  isValidInn,
  isValidKpp,
  isValidOgrn,
  isValidSettlementAccount,
  normalizeRequisite,
  requisiteProblems,
} from "./requisites.js";

const BIK = "044525225";

describe("isValidInn", () => {
  it.each([
    ["7728015439", true],
    ["7707083893", true],
    ["500100732259", true],
    ["7728015438", false],
    ["500100732258", false],
    ["772801543", false],
    ["77280154391", false],
    ["77280154AB", false],
    ["", false],
  ])("%s → %s", (inn, valid) => expect(isValidInn(inn)).toBe(valid));
});

describe("isValidKpp", () => {
  it.each([
    ["772801001", true],
    ["7728AB001", true],
    ["77280100", false],
    ["7728ab001", false],
    ["77280100X", false],
  ])("%s → %s", (kpp, valid) => expect(isValidKpp(kpp)).toBe(valid));
});

describe("isValidOgrn", () => {
  it.each([
    ["1027700132195", true],
    ["1027700000000", false],
    ["304500116000157", true],
    ["304500116000158", false],
    ["102770013219", false],
    ["10277001321950", false],
  ])("%s → %s", (ogrn, valid) => expect(isValidOgrn(ogrn)).toBe(valid));
});

describe("bank requisites", () => {
  it.each([
    [BIK, true],
    ["04452522", false],
    ["04452522a", false],
  ])("БИК %s → %s", (bik, valid) => expect(isValidBik(bik)).toBe(valid));

  it.each([
    ["40702810938000000001", BIK, true],
    ["40702810938000000002", BIK, false],
    ["40702810938000000001", "044525226", false],
    ["4070281093800000000", BIK, false],
  ])("р/с %s with БИК %s → %s", (account, bik, valid) => expect(isValidSettlementAccount(account, bik)).toBe(valid));

  it.each([
    ["30101810400000000225", BIK, true],
    ["30101810400000000226", BIK, false],
    ["40101810400000000225", BIK, false],
  ])("к/с %s with БИК %s → %s", (account, bik, valid) => expect(isValidCorrespondentAccount(account, bik)).toBe(valid));
});

describe("normalizeRequisite", () => {
  it.each([
    [" 7728 015-439 ", "7728015439"],
    ["7728ab001", "7728AB001"],
    ["  ", null],
    [null, null],
  ])("%j → %j", (input, expected) => expect(normalizeRequisite(input)).toBe(expected));
});

describe("requisiteProblems", () => {
  it.each([
    [{}, []],
    [{ inn: "7728015439", kpp: "772801001", ogrn: "1027700132195", bik: BIK, settlementAccount: "40702810938000000001", correspondentAccount: "30101810400000000225" }, []],
    [{ inn: "7728015438" }, ["inn:INN_INVALID"]],
    [{ kpp: "1" }, ["kpp:KPP_INVALID"]],
    [{ ogrn: "1027700000000" }, ["ogrn:OGRN_INVALID"]],
    [{ bik: "123" }, ["bik:BIK_INVALID"]],
    [{ settlementAccount: "40702810938000000001" }, ["settlementAccount:ACCOUNT_NEEDS_BIK"]],
    [{ bik: BIK, settlementAccount: "40702810938000000002" }, ["settlementAccount:SETTLEMENT_ACCOUNT_INVALID"]],
    [{ bik: BIK, correspondentAccount: "30101810400000000226" }, ["correspondentAccount:CORRESPONDENT_ACCOUNT_INVALID"]],
    // A wrong БИК is the problem; the accounts are not also blamed for it.
    [{ bik: "12345", settlementAccount: "40702810938000000001" }, ["bik:BIK_INVALID"]],
    [{ inn: "1", kpp: "2" }, ["inn:INN_INVALID", "kpp:KPP_INVALID"]],
  ])("%j → %j", (requisites, expected) => {
    expect(requisiteProblems(requisites).map((p) => `${p.field}:${p.reason}`)).toEqual(expected);
  });
});
