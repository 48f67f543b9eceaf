import { builder } from "../builder";

/** Which way a connection with a natural order runs (its unique key breaks ties, so paging is stable either way). */
export const SortDirectionEnum = builder.enumType("SortDirection", {
  description: "Which way a list runs",
  values: {
    ASC: { description: "Earliest (or first) first" },
    DESC: { description: "Latest (or last) first" },
  },
});
