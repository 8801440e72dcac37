import { describe, expect, it } from "vitest";
import { invoiceActions, invoiceStep, invoiceVisibleToResident, type InvoiceAction, type InvoiceLifeState } from "./state.js";

describe("invoice state machine", () => {
  it.each<[InvoiceLifeState, InvoiceAction, number, string]>([
    ["DRAFT", "EDIT_LINES", 0, "DRAFT"],
    ["ISSUED", "EDIT_LINES", 1, "INVOICE_NOT_DRAFT"],
    ["PAID", "EDIT_LINES", 1, "INVOICE_NOT_DRAFT"],
    ["MARKED_PAID", "EDIT_LINES", 1, "INVOICE_NOT_DRAFT"],
    ["DRAFT", "ISSUE", 1, "ISSUED"],
    ["DRAFT", "ISSUE", 0, "INVOICE_EMPTY"],
    ["ISSUED", "ISSUE", 1, "INVOICE_NOT_DRAFT"],
    ["PAID", "ISSUE", 1, "INVOICE_NOT_DRAFT"],
    ["ISSUED", "MARK_PAID", 1, "MARKED_PAID"],
    ["DRAFT", "MARK_PAID", 1, "INVOICE_NOT_ISSUED"],
    ["MARKED_PAID", "MARK_PAID", 1, "INVOICE_ALREADY_PAID"],
    ["PAID", "MARK_PAID", 1, "INVOICE_ALREADY_PAID"],
    ["ISSUED", "PAY_ONLINE", 1, "PAID"],
    ["DRAFT", "PAY_ONLINE", 1, "INVOICE_NOT_ISSUED"],
    ["PAID", "PAY_ONLINE", 1, "INVOICE_ALREADY_PAID"],
    ["MARKED_PAID", "PAY_ONLINE", 1, "INVOICE_ALREADY_PAID"],
    ["ISSUED", "MAKE_UNPAID", 1, "DRAFT"],
    ["MARKED_PAID", "MAKE_UNPAID", 1, "DRAFT"],
    ["PAID", "MAKE_UNPAID", 1, "INVOICE_PAID_ONLINE"],
    ["DRAFT", "MAKE_UNPAID", 1, "INVOICE_ALREADY_DRAFT"],
  ])("%s + %s (%i lines) → %s", (state, action, lines, expected) => {
    const step = invoiceStep(state, action, lines);
    expect(step.ok ? step.to : step.refusal).toBe(expected);
  });

  it.each<[InvoiceLifeState, boolean, string]>([
    ["MARKED_PAID", true, "INVOICE_HAS_REFUNDS"],
    ["MARKED_PAID", false, "DRAFT"],
    ["PAID", true, "INVOICE_PAID_ONLINE"],
  ])("%s with refunds holding money: %s → make unpaid %s", (state, holdsRefunds, expected) => {
    const step = invoiceStep(state, "MAKE_UNPAID", 1, holdsRefunds);
    expect(step.ok ? step.to : step.refusal).toBe(expected);
  });

  it.each<[InvoiceLifeState, number, InvoiceAction[]]>([
    ["DRAFT", 0, ["EDIT_LINES"]],
    ["DRAFT", 2, ["EDIT_LINES", "ISSUE"]],
    ["ISSUED", 2, ["MARK_PAID", "MAKE_UNPAID"]],
    ["MARKED_PAID", 2, ["MAKE_UNPAID"]],
    ["PAID", 2, []],
  ])("%s with %i lines offers %j", (state, lines, actions) => {
    expect(invoiceActions(state, lines)).toEqual(actions);
  });

  it.each<[InvoiceLifeState, boolean]>([
    ["DRAFT", false],
    ["ISSUED", true],
    ["PAID", true],
    ["MARKED_PAID", true],
  ])("the resident sees a %s invoice: %s", (state, visible) => {
    expect(invoiceVisibleToResident(state)).toBe(visible);
  });
});
