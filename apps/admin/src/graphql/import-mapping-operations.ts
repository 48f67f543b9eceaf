import { gql } from "urql";

/** Operations and result types of Settings → Import mapping (council administrators only). */

export interface VocabularyChoice {
  code: string;
  label: string;
  parentCode?: string | null;
}

export interface ImportMappingChoices {
  importMapping: { version: number; mapping: string; savedByName: string } | null;
  kinds: { entries: VocabularyChoice[] } | null;
  reasons: { entries: VocabularyChoice[] } | null;
  outcomes: { entries: VocabularyChoice[] } | null;
}

export const IMPORT_MAPPING_CHOICES = gql`
  query ImportMappingChoices($on: Date!) {
    importMapping {
      version
      mapping
      savedByName
    }
    kinds: vocabularyInForce(kind: feedback_kind, on: $on) {
      entries {
        code
        label
      }
    }
    reasons: vocabularyInForce(kind: reason_taxonomy, on: $on) {
      entries {
        code
        label
        parentCode
      }
    }
    outcomes: vocabularyInForce(kind: outcome, on: $on) {
      entries {
        code
        label
      }
    }
  }
`;

export interface ImportMappingTrial {
  headers: string[];
  values: Array<{ column: string; values: string[] }>;
  rows: number;
  problems: Array<{ path: string; message: string }>;
  refusals: Array<{ row: number | null; column: string | null; message: string }>;
  cases: Array<{
    row: number;
    externalId: string;
    kind: string;
    receivedOn: string;
    points: string[];
    outcomes: string[];
    events: Array<{ type: string }>;
  }>;
}

export const TRY_IMPORT_MAPPING = gql`
  mutation TryImportMapping($csv: String!, $mapping: String) {
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
`;

export const SAVE_IMPORT_MAPPING = gql`
  mutation SaveImportMapping($mapping: String!) {
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
`;
