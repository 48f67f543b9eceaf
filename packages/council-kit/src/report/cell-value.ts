import { METRICS } from "@csc/rules";
import { formatValue, resolveFormat } from "../format/format-value";
import {
  isChildEntriesCell,
  isContextCell,
  isContextRef,
  isDifferenceCell,
  isMeasureCell,
  isPercentChangeCell,
  isRatioCell,
  isSumCell,
  isSuppliedCell,
  type CellSpec,
  type ContextRef,
  type FormatInput,
  type MeasureRef,
  type Operand,
  type SuppliedCell,
} from "../layout/cell-spec";
import type { ReportLayout } from "../layout/report-layout";
import type { CellValue } from "./report";

/**
 * One cell's value from its spec. Measures come from the case records (through `evaluate`); context figures
 * from what the council supplied (through `context`); arithmetic cells combine them; supplied cells show a figure
 * the council took from elsewhere (through `supplied`), never combined with anything. Nothing else is a figure.
 */
export type Evaluate = (ref: MeasureRef, rowKey: string | undefined) => number | null | undefined;

export interface CellInputs {
  /** A measure's value for the cell's period (the picked group; undefined when that group has no cases). */
  readonly evaluate: Evaluate;
  /** A supplied context figure for the cell's year, or undefined when the council gave none. */
  readonly context: (ref: ContextRef) => number | undefined;
  readonly rounding: ReportLayout["rounding"];
  /** A figure the council supplied from elsewhere for the cell's year, or undefined when it gave none. */
  readonly supplied?: (cell: SuppliedCell) => number | undefined;
  /** The labels of a dimension's entries whose parent is `parent`, in force in the period (child-entries cells). */
  readonly childLabels?: (dimension: string, parent: string) => readonly string[];
}

/** A missing group of a count is 0; of a percentage or average, there is nothing to show. */
function valueOrEmpty(ref: MeasureRef, value: number | null | undefined): number | null {
  if (value !== undefined) return value;
  return METRICS[ref.measure.metric].aggregation === "count" ? 0 : null;
}

/** An operand's raw value: undefined when its measure group has no cases or its context figure was not supplied. */
function raw(operand: Operand, inputs: CellInputs, rowKey: string | undefined): number | null | undefined {
  return isContextRef(operand) ? inputs.context(operand) : inputs.evaluate(operand, rowKey);
}

function value(operand: Operand, inputs: CellInputs, rowKey: string | undefined): number | null {
  const v = raw(operand, inputs, rowKey);
  if (isContextRef(operand)) return v ?? null;
  return valueOrEmpty(operand, v);
}

type Empty = 0 | null | string | undefined;

function computed(result: number | null, format: FormatInput, whenEmpty: Empty, inputs: CellInputs): CellValue {
  if (result === null) return whenEmpty ?? null;
  return formatValue(result, resolveFormat(format, inputs.rounding));
}

export function cellValue(cell: CellSpec, inputs: CellInputs, rowKey?: string): CellValue {
  if (isMeasureCell(cell)) {
    const v = inputs.evaluate(cell, rowKey);
    if (v === undefined && cell.whenEmpty !== undefined) return cell.whenEmpty;
    return formatValue(valueOrEmpty(cell, v), resolveFormat(cell.format, inputs.rounding));
  }
  if (isContextCell(cell)) return computed(inputs.context(cell) ?? null, cell.format, cell.whenEmpty, inputs);
  if (isSuppliedCell(cell)) return computed(inputs.supplied?.(cell) ?? null, cell.format, cell.whenEmpty, inputs);
  if (isRatioCell(cell)) {
    const { numerator, denominator } = cell.ratio;
    if (cell.emptyWhen === "numerator_absent" && raw(numerator, inputs, rowKey) === undefined) return cell.whenEmpty ?? null;
    const n = value(numerator, inputs, rowKey);
    const d = value(denominator, inputs, rowKey);
    return computed(n === null || d === null || d === 0 ? null : (cell.per * n) / d, cell.format, cell.whenEmpty, inputs);
  }
  if (isSumCell(cell)) {
    const values = cell.sum.map((operand) => value(operand, inputs, rowKey));
    const total = values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);
    return computed(total, cell.format, cell.whenEmpty, inputs);
  }
  if (isDifferenceCell(cell)) {
    const from = value(cell.difference.from, inputs, rowKey);
    const to = value(cell.difference.to, inputs, rowKey);
    return computed(from === null || to === null ? null : to - from, cell.format, cell.whenEmpty, inputs);
  }
  if (isPercentChangeCell(cell)) {
    const from = value(cell.percentChange.from, inputs, rowKey);
    const to = value(cell.percentChange.to, inputs, rowKey);
    return computed(from === null || to === null || from === 0 ? null : (100 * (to - from)) / from, cell.format, cell.whenEmpty, inputs);
  }
  if (isChildEntriesCell(cell)) {
    if (rowKey === undefined || !inputs.childLabels) return null;
    const labels = inputs.childLabels(cell.entriesOf, rowKey);
    return labels.length > 0 ? labels.join(cell.separator) : null;
  }
  return cell.text;
}
