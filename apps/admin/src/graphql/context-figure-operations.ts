import { graphql } from "./generated";

export const CONTEXT_FIGURES = graphql(`
  query ContextFigures {
    contextFigures {
      financialYear
      measure
      value
      source
      enteredAt
    }
    measures: __type(name: "ContextMeasure") {
      enumValues {
        name
        description
      }
    }
  }
`);

export const SAVE_CONTEXT_FIGURE = graphql(`
  mutation SaveContextFigure($input: SaveContextFigureInput!) {
    saveContextFigure(input: $input) {
      financialYear
      measure
      value
      source
      enteredAt
    }
  }
`);
