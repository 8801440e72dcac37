import { amountInWordsRu, formatRubles } from "@domovoy/domain";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";

/**
 * The two documents of a paid order (§22 «Скачать документы»): the service contract («Договор
 * оказания услуг») and the acceptance act («Акт сдачи-приёмки услуг»), built with the docx library
 * (a real OOXML package that Word and LibreOffice open). Everything they state comes in
 * `InvoiceDocumentData`: the service reads it from the database, this file only lays it out.
 */

export type DocumentParty = {
  /** Юрлицо of the building (or the organization when the building has none). */
  name: string;
  inn: string | null;
  kpp: string | null;
  ogrn: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  bankName: string | null;
  bik: string | null;
  settlementAccount: string | null;
  correspondentAccount: string | null;
};

export type DocumentLine = {
  name: string;
  unit: string;
  /** Kopecks. */
  unitPrice: bigint;
  /** Decimal as a string, "1.5". */
  quantity: string;
  discountPercent: number;
  /** Kopecks, as the invoice computed it. */
  total: bigint;
};

export type InvoiceDocumentData = {
  /** Document number: the order's number. */
  number: string;
  /** Dates already in the organization's time zone, "05.12.2026". */
  contractDate: string;
  actDate: string;
  executor: DocumentParty;
  customer: { fullName: string; phone: string | null; email: string | null };
  /** «г. Москва, ул. Ленина, д. 1, кв. 12». */
  premiseAddress: string;
  orderNumber: number;
  serviceName: string;
  lines: readonly DocumentLine[];
  /** Kopecks: the sum of the lines. */
  total: bigint;
};

const FONT = "Times New Roman";
/** Half-points: 11 pt body, 13 pt titles. */
const BODY_SIZE = 22;
const TITLE_SIZE = 26;
/** A4 with 2 cm side margins, in twips. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const thin = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;

function text(value: string, options: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: value, bold: options.bold, size: options.size ?? BODY_SIZE, font: FONT });
}

function paragraph(value: string | TextRun[], options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; size?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: options.after ?? 120 },
    children: typeof value === "string" ? [text(value, { bold: options.bold, size: options.size })] : value,
  });
}

function title(value: string): Paragraph {
  return paragraph(value, { bold: true, align: AlignmentType.CENTER, size: TITLE_SIZE, after: 60 });
}

function cell(value: string, width: number, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; borders?: boolean; span?: number } = {}): TableCell {
  const border = options.borders === false ? none : thin;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.span,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: { top: border, bottom: border, left: border, right: border },
    children: value
      .split("\n")
      .map((line) => new Paragraph({ alignment: options.align ?? AlignmentType.LEFT, children: [text(line, { bold: options.bold })] })),
  });
}

/** "1.5" → "1,5"; whole quantities without a fraction. */
export function formatQuantity(quantity: string): string {
  const [whole, fraction] = quantity.split(".");
  const trimmed = (fraction ?? "").replace(/0+$/, "");
  return trimmed ? `${whole},${trimmed}` : whole!;
}

/** 1 200,50 руб. (одна тысяча двести рублей 50 копеек) */
export function amountPhrase(kopecks: bigint): string {
  return `${formatRubles(kopecks)} руб. (${amountInWordsRu(kopecks)})`;
}

const LINE_COLUMNS = [500, 3838, 800, 1000, 1300, 900, 1300] as const;

function linesTable(data: InvoiceDocumentData): Table {
  const header = ["№", "Наименование услуги", "Ед.", "Кол-во", "Цена, руб.", "Скидка, %", "Сумма, руб."];
  const rows = [
    new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, LINE_COLUMNS[i]!, { bold: true, align: AlignmentType.CENTER })) }),
    ...data.lines.map(
      (line, index) =>
        new TableRow({
          children: [
            cell(String(index + 1), LINE_COLUMNS[0], { align: AlignmentType.CENTER }),
            cell(line.name, LINE_COLUMNS[1]),
            cell(line.unit, LINE_COLUMNS[2], { align: AlignmentType.CENTER }),
            cell(formatQuantity(line.quantity), LINE_COLUMNS[3], { align: AlignmentType.RIGHT }),
            cell(formatRubles(line.unitPrice), LINE_COLUMNS[4], { align: AlignmentType.RIGHT }),
            cell(String(line.discountPercent), LINE_COLUMNS[5], { align: AlignmentType.RIGHT }),
            cell(formatRubles(line.total), LINE_COLUMNS[6], { align: AlignmentType.RIGHT }),
          ],
        }),
    ),
    new TableRow({
      children: [
        cell("Итого", LINE_COLUMNS.slice(0, 6).reduce((a, b) => a + b, 0), { bold: true, align: AlignmentType.RIGHT, span: 6 }),
        cell(formatRubles(data.total), LINE_COLUMNS[6], { bold: true, align: AlignmentType.RIGHT }),
      ],
    }),
  ];
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [...LINE_COLUMNS], layout: TableLayoutType.FIXED, rows });
}

function requisites(party: DocumentParty): string {
  const lines = [party.name];
  const ids = [party.inn && `ИНН ${party.inn}`, party.kpp && `КПП ${party.kpp}`].filter(Boolean).join(", ");
  if (ids) lines.push(ids);
  if (party.ogrn) lines.push(`ОГРН ${party.ogrn}`);
  if (party.address) lines.push(`Адрес: ${party.address}`);
  if (party.settlementAccount) lines.push(`Р/с ${party.settlementAccount}`);
  if (party.bankName) lines.push(`Банк: ${party.bankName}`);
  if (party.bik) lines.push(`БИК ${party.bik}`);
  if (party.correspondentAccount) lines.push(`К/с ${party.correspondentAccount}`);
  if (party.phone) lines.push(`Тел.: ${party.phone}`);
  if (party.email) lines.push(`E-mail: ${party.email}`);
  return lines.join("\n");
}

function signatures(data: InvoiceDocumentData): Table {
  const half = TEXT_WIDTH / 2;
  const customer = [data.customer.fullName, `Адрес: ${data.premiseAddress}`, data.customer.phone && `Тел.: ${data.customer.phone}`, data.customer.email && `E-mail: ${data.customer.email}`]
    .filter(Boolean)
    .join("\n");
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, half],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ children: [cell("Исполнитель", half, { bold: true, borders: false }), cell("Заказчик", half, { bold: true, borders: false })] }),
      new TableRow({ children: [cell(requisites(data.executor), half, { borders: false }), cell(customer, half, { borders: false })] }),
      new TableRow({
        children: [cell("\n____________________ / ____________ /\nМ.П.", half, { borders: false }), cell(`\n____________________ / ${data.customer.fullName} /`, half, { borders: false })],
      }),
    ],
  });
}

function section(children: ISectionOptions["children"]): ISectionOptions {
  return {
    properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
    children,
  };
}

function document(sectionOptions: ISectionOptions, titleText: string): Document {
  return new Document({
    creator: "Domovoy",
    title: titleText,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [sectionOptions],
  });
}

function header(titleText: string, data: InvoiceDocumentData, date: string): Paragraph[] {
  return [
    title(titleText),
    paragraph([text(`№ ${data.number} от ${date}`)], { align: AlignmentType.CENTER, after: 240 }),
  ];
}

export function contractTitle(data: InvoiceDocumentData): string {
  return `Договор оказания услуг № ${data.number}`;
}

export function actTitle(data: InvoiceDocumentData): string {
  return `Акт сдачи-приёмки услуг № ${data.number}`;
}

/** «Договор оказания услуг» as .docx bytes. */
export async function contractDocx(data: InvoiceDocumentData): Promise<Buffer> {
  const children = [
    ...header("Договор оказания услуг", data, data.contractDate),
    paragraph(
      `${data.executor.name}, именуемое в дальнейшем «Исполнитель», с одной стороны, и ${data.customer.fullName}, именуемый(-ая) в дальнейшем «Заказчик», с другой стороны, заключили настоящий договор о нижеследующем.`,
    ),
    paragraph("1. Предмет договора", { bold: true }),
    paragraph(
      `1.1. Исполнитель обязуется по заявке № ${data.orderNumber} («${data.serviceName}») оказать Заказчику услуги по адресу: ${data.premiseAddress}, а Заказчик обязуется принять и оплатить их.`,
    ),
    paragraph("1.2. Перечень, количество и стоимость услуг:"),
    linesTable(data),
    paragraph("", { after: 120 }),
    paragraph("2. Стоимость услуг и порядок оплаты", { bold: true }),
    paragraph(`2.1. Стоимость услуг по настоящему договору составляет ${amountPhrase(data.total)}.`),
    paragraph("2.2. Заказчик оплачивает услуги в личном кабинете жителя или в кассе Исполнителя на основании выставленного счёта."),
    paragraph("3. Сдача и приёмка услуг", { bold: true }),
    paragraph("3.1. Факт оказания услуг подтверждается актом сдачи-приёмки услуг, подписанным сторонами."),
    paragraph("3.2. Возврат денежных средств за неоказанные услуги производится на карту или иным способом, которым была произведена оплата."),
    paragraph("4. Реквизиты и подписи сторон", { bold: true }),
    signatures(data),
  ];
  return Packer.toBuffer(document(section(children), contractTitle(data)));
}

/** «Акт сдачи-приёмки услуг» as .docx bytes. */
export async function actDocx(data: InvoiceDocumentData): Promise<Buffer> {
  const children = [
    ...header("Акт сдачи-приёмки услуг", data, data.actDate),
    paragraph(
      `${data.executor.name} («Исполнитель») и ${data.customer.fullName} («Заказчик») составили настоящий акт о том, что по договору оказания услуг № ${data.number} от ${data.contractDate} (заявка № ${data.orderNumber}, адрес: ${data.premiseAddress}) Исполнитель оказал, а Заказчик принял следующие услуги:`,
    ),
    linesTable(data),
    paragraph("", { after: 120 }),
    paragraph(`Всего оказано услуг на сумму ${amountPhrase(data.total)}.`, { bold: true }),
    paragraph("Вышеперечисленные услуги оказаны полностью и в срок. Заказчик претензий по объёму, качеству и срокам оказания услуг не имеет."),
    signatures(data),
  ];
  return Packer.toBuffer(document(section(children), actTitle(data)));
}
