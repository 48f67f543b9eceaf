import { gql } from "urql";
import { CASE_SUMMARY } from "./operations";

/** The workbench's operations: numbered pages of cases, the officers to filter by. */
export const CASE_PAGE = gql`
  query CasePage($filter: CaseFilter, $sort: CaseSort, $page: Int, $pageSize: Int) {
    casePage(filter: $filter, sort: $sort, page: $page, pageSize: $pageSize) {
      page
      pageCount
      totalCount
      cases { ${CASE_SUMMARY} }
    }
  }
`;

export const OFFICERS = gql`
  query Officers {
    officers { id displayName }
  }
`;

export const TEAMS = gql`
  query Teams {
    council { id teams { id name validTo } }
  }
`;
