/**
 * The stored code behind a value of one of the schema's enums whose codes are snake_case words (the canonical values a
 * vocabulary entry maps onto: outcomes, grounds, Ombudsman's decisions; council roles): PARTIALLY_UPHELD → partially_upheld. The
 * gateway names such a code's value by upper-casing it, so lower-casing gives the code back. A vocabulary entry's
 * `canonical` is a String holding the code, and the session keeps the viewer's roles as codes (council_admin) for
 * menus and guards; the enum values name the same things on the wire.
 */
export function storedCode(value: string): string {
  return value.toLowerCase();
}

/** Every value of one of the schema's enums (a generated const) as its stored code, in the schema's order. */
export function storedCodes(values: Readonly<Record<string, string>>): string[] {
  return Object.values(values).map(storedCode);
}
