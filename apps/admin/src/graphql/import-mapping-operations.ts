import { graphql } from "./generated";
import type { TryImportMappingMutation } from "./generated/graphql";

export type ImportMappingTrial = TryImportMappingMutation["tryImportMapping"];

export const IMPORT_MAPPING_CHOICES = graphql(`
  query ImportMappingChoices($on: Date!) {
    importMapping {
      version
      mapping
      savedByName
    }
    kinds: vocabularyInForce(kind: FEEDBACK_KIND, on: $on) {
      entries {
        code
        label
      }
    }
    reasons: vocabularyInForce(kind: REASON_TAXONOMY, on: $on) {
      entries {
        code
        label
        parentCode
      }
    }
    outcomes: vocabularyInForce(kind: OUTCOME, on: $on) {
      entries {
        code
        label
      }
    }
    lgscoDecisions: vocabularyInForce(kind: LGSCO_DECISION, on: $on) {
      entries {
        code
        label
      }
    }
  }
`);

export const TRY_IMPORT_MAPPING = graphql(`
  mutation TryImportMapping($csv: String!, $mapping: JSON) {
    tryImportMapping(csv: $csv, mapping: $mapping, limit: 10) {
      headers
      values {
        column
        values
      }
      rows
      problems {
        path
        message
      }
      refusals {
        row
        column
        message
      }
      cases {
        row
        externalId
        kind
        receivedOn
        points
        outcomes
        events {
          type
        }
      }
    }
  }
`);

export const SAVE_IMPORT_MAPPING = graphql(`
  mutation SaveImportMapping($mapping: JSON!) {
    saveImportMapping(mapping: $mapping) {
      importMapping {
        version
        mapping
        savedByName
      }
      problems {
        path
        message
      }
    }
  }
`);
