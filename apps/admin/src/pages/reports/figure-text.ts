import { humanise } from "../../format";

/** How every page words a figure withheld by the gateway's disclosure policy (small-number suppression). */
export const WITHHELD = "Withheld (small number)";

/** A figure as the gateway gives it: its value, whether the disclosure policy withheld it, and why it has none. */
interface ShownFigure {
  value: number | null;
  suppressed: boolean;
  missing?: string | null;
}

/**
 * A figure in words, one way on every page: withheld, the gateway's reason for no value (no records, nothing to
 * measure, no context figure recorded, not applicable), or the value to one decimal place.
 */
export function figureText(f: ShownFigure): string {
  if (f.suppressed) return WITHHELD;
  if (f.value === null) return f.missing ? humanise(f.missing) : "Not available";
  return (Math.round(f.value * 10) / 10).toLocaleString("en-GB");
}
