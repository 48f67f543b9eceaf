/** Display helpers: canonical codes to plain English, dates in the GOV.UK style. */
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  if (!y || !m || !d) return iso;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const SPECIAL: Record<string, string> = {
  stage1: "Stage 1",
  stage2: "Stage 2",
  stage3: "Stage 3",
  lgsco_enquiry: "LGSCO enquiry",
  lgsco_referred: "Referred to the LGSCO",
  lgsco_decided: "LGSCO decision",
  childrens_statutory: "Children's statutory (SI 2006/1738)",
  adult_social_care: "Adult social care (SI 2009/309)",
  councillor_or_mp: "Councillor or MP",
  // A yes-or-no dimension's values (the rules' madeByChild, advocacyOffered, …).
  true: "Yes",
  false: "No",
  // Why a figure is missing (the gateway's MissingReason).
  no_base: "Nothing to measure",
  no_context_figure: "No context figure recorded",
};

/** `partially_upheld` (or the enum value `PARTIALLY_UPHELD`) → "Partially upheld". */
export function humanise(code: string | null | undefined): string {
  if (!code) return "";
  const special = SPECIAL[code] ?? SPECIAL[code.toLowerCase()];
  if (special) return special;
  // Timeliness bands carry their figure from the rules engine (within_10, over_65): worded, never restated here.
  const band = /^(within|over)_(\d+)$/.exec(code);
  if (band) return `${band[1] === "within" ? "Within" : "Over"} ${band[2]} working days`;
  const words = code
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
