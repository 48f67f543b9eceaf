import { Radios, Textarea } from "../../components/govuk";
import { RECOMMENDATION_DECISIONS } from "./action-forms";
import { recommendationField } from "./action-input";

interface Recommendation {
  seq: number;
  summary: string;
}

/**
 * The council's decision on each of the review panel's recommendations, with the reason (SI 2006/1738 reg 20):
 * accepted, partly accepted or declined, one group per recommendation.
 */
export function RecommendationDecisions({
  legend,
  recommendations,
  values,
  errorFor,
  onChange,
}: {
  legend: string;
  recommendations: Recommendation[];
  values: Record<string, string>;
  errorFor: (name: string) => string | undefined;
  onChange: (name: string, value: string) => void;
}) {
  if (recommendations.length === 0) {
    return <p className="govuk-body">The panel's report made no recommendations, so there is nothing to decide on.</p>;
  }
  return (
    <div className="govuk-!-margin-bottom-4">
      <h4 className="govuk-heading-s">{legend}</h4>
      {recommendations.map((r) => {
        const decision = recommendationField(r.seq, "decision");
        const reason = recommendationField(r.seq, "reason");
        return (
          <Radios
            key={r.seq}
            id={`action-${decision}`}
            label={`Recommendation ${r.seq}: ${r.summary}`}
            value={values[decision] ?? ""}
            options={RECOMMENDATION_DECISIONS}
            error={errorFor(decision)}
            onChange={(v) => onChange(decision, v)}
          >
            <Textarea
              id={`action-${reason}`}
              label={`Reason for the decision on recommendation ${r.seq}`}
              value={values[reason] ?? ""}
              error={errorFor(reason)}
              onChange={(v) => onChange(reason, v)}
            />
          </Radios>
        );
      })}
    </div>
  );
}
