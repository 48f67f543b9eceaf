import type { PublishedException } from "@csc/council-kit";

/**
 * Published cells the report does not reproduce, each with its reason (also listed in README.md). None: the
 * seed's figures are consistent with one another, and since the contract has difference cells the "Change on
 * previous year" figures of sections 7.1 and 7.2 are computed too (this year's count less last year's).
 */
export const publishedExceptions: PublishedException[] = [];
