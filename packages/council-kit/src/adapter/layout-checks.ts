import { DIMENSIONS, isDimensionKey, NOT_RECORDED, type DimensionKey } from "@csc/rules";
import { isChildEntriesCell, isContextRef, isMeasureCell, isRatioCell, operandsOf, type CellSpec, type MeasureRef } from "../layout/cell-spec";
import { localEntriesFor } from "../layout/dimension-rows";
import type { ReportLayout, TableLayout } from "../layout/report-layout";
import type { Vocabularies } from "../vocabulary/local-vocabulary";

/**
 * What a schema cannot check in a report layout: unique ids, charts that name real tables, rows as wide as
 * their columns, `pick` keys that match `groupBy`, filter values the council's vocabularies or the canonical
 * lists know, and rowsFrom tables whose cells group by the row dimension.
 */
function checkFilterValues(path: string, ref: MeasureRef, vocabularies: Vocabularies): string[] {
  const problems: string[] = [];
  for (const [dimension, values] of Object.entries(ref.measure.filter ?? {})) {
    if (!isDimensionKey(dimension)) continue; // the measure schema already reports it
    const local = localEntriesFor(vocabularies, dimension);
    const known: readonly string[] | null | undefined =
      local && local.length > 0 ? local.map((e) => e.code) : local ? null : DIMENSIONS[dimension as keyof typeof DIMENSIONS]?.values;
    if (!known) continue;
    for (const value of values) {
      if (value !== NOT_RECORDED && !known.includes(value)) {
        problems.push(
          `${path}.measure.filter.${dimension}: ${JSON.stringify(value)} is not a ${local ? "code in the council's vocabulary" : "canonical value"} for ${dimension}${known.length <= 20 ? ` (expected one of: ${known.join(", ")})` : ""}`,
        );
      }
    }
  }
  return problems;
}

function checkRef(path: string, ref: MeasureRef, vocabularies: Vocabularies, rowDimension: DimensionKey | null): string[] {
  const problems = checkFilterValues(path, ref, vocabularies);
  const groupBy = ref.measure.groupBy ?? [];
  const byRow = rowDimension !== null && groupBy[0] === rowDimension;
  const expected = groupBy.length - (byRow ? 1 : 0);
  const picked = ref.pick?.length ?? 0;
  if (picked === 0 && expected > 0) {
    problems.push(
      `${path}.pick: the measure groups by ${groupBy.slice(byRow ? 1 : 0).join(", ")}; pick the group key${expected > 1 ? "s" : ""} to show`,
    );
  } else if (picked > 0 && picked !== expected) {
    problems.push(
      `${path}.pick: has ${picked} key${picked > 1 ? "s" : ""} but the measure groups by ${expected} dimension${expected === 1 ? "" : "s"}${byRow ? " besides the row dimension" : ""}`,
    );
  }
  return problems;
}

function checkCell(path: string, cell: CellSpec, vocabularies: Vocabularies, rowDimension: DimensionKey | null): string[] {
  if (isChildEntriesCell(cell)) {
    if (rowDimension === null) return [`${path}.entriesOf: a child-entries cell belongs in a rowsFrom table (its rows are the parents)`];
    if (!isDimensionKey(cell.entriesOf) || !localEntriesFor(vocabularies, cell.entriesOf)?.some((e) => e.parent !== undefined)) {
      return [`${path}.entriesOf: ${JSON.stringify(cell.entriesOf)} has no council entries with a parent to list`];
    }
    return [];
  }
  if (isMeasureCell(cell)) {
    const problems = checkRef(path, cell, vocabularies, rowDimension);
    if (rowDimension !== null && cell.measure.groupBy?.[0] !== rowDimension) {
      problems.push(`${path}.measure.groupBy: in a rowsFrom table a measure must group by the row dimension "${rowDimension}" first`);
    }
    return problems;
  }
  if (isRatioCell(cell)) {
    const { numerator, denominator } = cell.ratio;
    const problems = [
      ...(isContextRef(numerator) ? [] : checkRef(`${path}.ratio.numerator`, numerator, vocabularies, rowDimension)),
      ...(isContextRef(denominator) ? [] : checkRef(`${path}.ratio.denominator`, denominator, vocabularies, rowDimension)),
    ];
    if (rowDimension !== null && (isContextRef(numerator) || numerator.measure.groupBy?.[0] !== rowDimension)) {
      problems.push(
        `${path}.ratio.numerator.measure.groupBy: in a rowsFrom table the numerator must group by the row dimension "${rowDimension}" first`,
      );
    }
    return problems;
  }
  // Arithmetic and context cells: each measure operand is checked like a measure cell's.
  const operands = operandsOf(cell);
  const label = (i: number): string =>
    "sum" in cell ? `sum[${i}]` : "difference" in cell ? `difference.${i === 0 ? "from" : "to"}` : `percentChange.${i === 0 ? "from" : "to"}`;
  return operands.flatMap((operand, i) => (isContextRef(operand) ? [] : checkRef(`${path}.${label(i)}`, operand, vocabularies, rowDimension)));
}

function checkTable(path: string, table: TableLayout, vocabularies: Vocabularies): string[] {
  const problems: string[] = [];
  const labels = table.columns.map((c) => c.label);
  labels.forEach((label, i) => {
    if (labels.indexOf(label) !== i) problems.push(`${path}.columns[${i}]: duplicate column label ${JSON.stringify(label)}`);
  });
  if (!table.rowsFrom && table.rows.length === 0) problems.push(`${path}: a table needs rows or rowsFrom`);
  const top = table.rowsFrom?.top;
  if (top && !labels.includes(top.by)) {
    problems.push(
      `${path}.rowsFrom.top.by: ${JSON.stringify(top.by)} is not a column of the table (expected one of: ${labels.map((l) => JSON.stringify(l)).join(", ")})`,
    );
  }
  if (table.rowsFrom) {
    const { dimension } = table.rowsFrom;
    if (!isDimensionKey(dimension)) {
      problems.push(
        `${path}.rowsFrom.dimension: ${JSON.stringify(dimension)} is not a known dimension (expected one of: ${Object.keys(DIMENSIONS).join(", ")}, or "local:<key>")`,
      );
    } else {
      const local = localEntriesFor(vocabularies, dimension);
      const canonicalValues = DIMENSIONS[dimension as keyof typeof DIMENSIONS]?.values;
      if (!table.rowsFrom.values && (local ? local.length === 0 : !canonicalValues)) {
        problems.push(
          `${path}.rowsFrom.dimension: the council has no entries for "${dimension}" to make rows from; add the vocabulary or list rowsFrom.values`,
        );
      }
      table.columns.forEach((column, i) => {
        if (!column.cell) problems.push(`${path}.columns[${i}].cell: a rowsFrom table needs a cell template in every column`);
        else problems.push(...checkCell(`${path}.columns[${i}].cell`, column.cell, vocabularies, dimension));
      });
    }
  }
  table.rows.forEach((row, r) => {
    if (row.cells.length !== table.columns.length) {
      problems.push(
        `${path}.rows[${r}] (${JSON.stringify(row.label)}): has ${row.cells.length} cells but the table has ${table.columns.length} columns`,
      );
    }
    row.cells.forEach((cell, c) => problems.push(...checkCell(`${path}.rows[${r}].cells[${c}]`, cell, vocabularies, null)));
  });
  const rowLabels = table.rows.map((r) => r.label);
  rowLabels.forEach((label, i) => {
    if (rowLabels.indexOf(label) !== i) problems.push(`${path}.rows[${i}]: duplicate row label ${JSON.stringify(label)}`);
  });
  return problems;
}

export function checkLayout(layout: ReportLayout, vocabularies: Vocabularies, root = "report"): string[] {
  const problems: string[] = [];
  const sectionIds = new Set<string>();
  const tables = new Map<string, TableLayout>();
  layout.sections.forEach((section, s) => {
    const path = `${root}.sections[${s}]`;
    if (sectionIds.has(section.id)) problems.push(`${path}: duplicate section id ${JSON.stringify(section.id)}`);
    sectionIds.add(section.id);
    section.tables.forEach((table, t) => {
      if (tables.has(table.id)) problems.push(`${path}.tables[${t}]: duplicate table id ${JSON.stringify(table.id)}`);
      tables.set(table.id, table);
      problems.push(...checkTable(`${path}.tables[${t}]`, table, vocabularies));
    });
  });
  layout.sections.forEach((section, s) => {
    section.charts.forEach((chart, c) => {
      const path = `${root}.sections[${s}].charts[${c}]`;
      const table = tables.get(chart.table);
      if (!table) {
        problems.push(`${path}.table: ${JSON.stringify(chart.table)} is not a table id in the report`);
        return;
      }
      for (const label of chart.columns ?? []) {
        if (!table.columns.some((col) => col.label === label)) {
          problems.push(`${path}.columns: ${JSON.stringify(label)} is not a column of table ${JSON.stringify(chart.table)}`);
        }
      }
      for (const label of table.rowsFrom ? [] : (chart.excludeRows ?? [])) {
        if (!table.rows.some((row) => row.label === label)) {
          problems.push(`${path}.excludeRows: ${JSON.stringify(label)} is not a row of table ${JSON.stringify(chart.table)}`);
        }
      }
    });
  });
  return problems;
}
