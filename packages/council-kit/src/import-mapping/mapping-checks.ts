import type { MappingRow } from "./mapping-row";
import type { ImportMapping } from "./mapping-schema";

/**
 * The row-wide rules of a mapping: a column only some kinds may fill in (`onlyFor`), a column that needs another
 * (`needs`). Each refusal names the row and the column, never a value.
 */
export function checkRow(row: MappingRow, mapping: ImportMapping, kind: string | null): void {
  for (const rule of mapping.onlyFor) {
    if (rule.kinds.some((k) => k === kind)) continue;
    const filled = rule.columns.find((column) => row.text(column) !== null);
    if (filled !== undefined) row.fail(filled, `applies to ${rule.kinds.join(", ")} only`);
  }
  for (const { column, needs } of mapping.needs) {
    if (row.text(column) !== null && row.text(needs) === null) row.fail(needs, `is empty, but "${column}" is filled in; both are needed`);
  }
}
