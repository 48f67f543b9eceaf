import type { Page } from "playwright-core";

/** Chooses a tab of the case page (Summary, People, Investigation, Notes, Correspondence, Learning, Timeline). */
export async function openTab(p: Page, name: string): Promise<void> {
  const tab = p.getByRole("tab", { name, exact: true });
  if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
  await p.locator(`[role=tabpanel][aria-labelledby="${await tab.getAttribute("id")}"]:visible`).waitFor();
}

/**
 * Opens an action the rules allow now (from the Next steps on the case page's Summary tab), fills its fields and
 * saves; waits until the action's form closes.
 */
export async function act(p: Page, title: string, fill: (p: Page) => Promise<void> = async () => undefined): Promise<void> {
  if (!(await p.getByRole("button", { name: title, exact: true }).isVisible())) await openTab(p, "Summary");
  await p.getByRole("button", { name: title, exact: true }).click();
  await fill(p);
  await p.getByRole("button", { name: "Save", exact: true }).click();
  const saved = p
    .getByRole("button", { name: "Save", exact: true })
    .waitFor({ state: "detached" })
    .then(() => null);
  const refused = p
    .locator("form .govuk-error-summary")
    .waitFor()
    .then(() => p.locator("form .govuk-error-summary").innerText());
  const problem = await Promise.race([saved, refused]);
  if (problem) throw new Error(`${title} was refused: ${problem}`);
}

/**
 * Chooses the outcome with the words `label` (the council's own outcome words where it has them) for every point
 * of complaint in an open stage-response form, once the form offers its outcomes.
 */
export async function chooseAllOutcomes(p: Page, label: string): Promise<void> {
  const selects = p.locator("select[id^=outcome-]");
  await selects.first().waitFor();
  const count = await selects.count();
  for (let i = 0; i < count; i += 1) await selects.nth(i).selectOption({ label });
}
