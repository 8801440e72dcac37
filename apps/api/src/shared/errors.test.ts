import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { NOT_FOUND_SUBJECTS, notFound, type NotFoundSubject } from "./errors.js";

// Written out by hand, not derived from the table: the table is what is under test.
const EXPECTED: Record<NotFoundSubject, string> = {
  Возврат: "Возврат не найден",
  Документ: "Документ не найден",
  "Запланированное сообщение": "Запланированное сообщение не найдено",
  Заявка: "Заявка не найдена",
  Звонок: "Звонок не найден",
  Инцидент: "Инцидент не найден",
  Клиент: "Клиент не найден",
  Комментарий: "Комментарий не найден",
  Объект: "Объект не найден",
  Организация: "Организация не найдена",
  Отчёт: "Отчёт не найден",
  Подразделение: "Подразделение не найдено",
  Помещение: "Помещение не найдено",
  "Пункт чек-листа": "Пункт чек-листа не найден",
  Сообщение: "Сообщение не найдено",
  Сотрудник: "Сотрудник не найден",
  Счёт: "Счёт не найден",
  "Позиция счёта": "Позиция счёта не найдена",
  "Токен интеграции": "Токен интеграции не найден",
  Услуга: "Услуга не найдена",
  Файл: "Файл не найден",
  Шаблон: "Шаблон не найден",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("notFound messages agree in gender and number (#15 bug 9)", () => {
  it.each(Object.entries(EXPECTED))("%s → «%s»", (subject, message) => {
    expect(notFound(subject as NotFoundSubject)).toMatchObject({ message, extensions: { code: "NOT_FOUND" } });
  });

  it("names a thing «Объект не найден» when no subject is given", () => {
    expect(notFound().message).toBe("Объект не найден");
  });

  it("every subject the code passes to notFound(...) is in the table above", () => {
    const src = fileURLToPath(new URL("..", import.meta.url));
    const used = new Set(sourceFiles(src).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\bnotFound\(\s*"([^"]+)"/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(10);
    for (const subject of used) expect(Object.keys(EXPECTED), `notFound("${subject}")`).toContain(subject);
    expect(Object.keys(NOT_FOUND_SUBJECTS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});
