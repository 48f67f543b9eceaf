import type { Locator, Page } from "playwright-core";

/** Types an ISO date into the GOV.UK date input whose legend is `legend` (day, month and year, as a person would). */
export async function fillDate(scope: Page | Locator, legend: string, iso: string): Promise<Locator> {
  const [year = "", month = "", day = ""] = iso.split("-");
  const group = scope.getByRole("group", { name: legend, exact: true });
  await group.getByLabel("Day").fill(String(Number(day)));
  await group.getByLabel("Month").fill(String(Number(month)));
  await group.getByLabel("Year").fill(year);
  return group;
}
