// Writes dist/trusted-documents.json: every GraphQL document the admin app can send, as urql sends it (with the
// __typename fields its cache adds), keyed by the SHA-256 of its canonical print. In production the gateway runs
// a request of an admin-app session only when its document is in this list (apps/gateway/src/http/trusted-documents.ts).
// Run after `vite build` (package.json "build"); the modules are loaded through Vite, so TypeScript needs no other tool.
// The documents are those GraphQL Code Generator wrote to src/graphql/generated (package.json "generate"), the ones the
// app imports, plus the case actions' mutations built at run time.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { formatDocument } from "@urql/core";
import { Kind, parse, print } from "graphql";
import { createServer } from "vite";

const root = resolve(import.meta.dirname, "..");
const src = join(root, "src");
const out = process.argv[2] ?? join(root, "dist/trusted-documents.json");

/** Source files, tests and the analyst's GraphiQL examples left out (analysts may send any document). */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "graphiql" ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const documents = new Map();
function add(text, from) {
  let document;
  try {
    document = typeof text === "string" ? parse(text) : text;
  } catch {
    return; // a string that is not GraphQL
  }
  if (!document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) return;
  const printed = print(formatDocument(document));
  documents.set(createHash("sha256").update(printed).digest("hex"), printed);
  return from;
}

const server = await createServer({
  root,
  configFile: false,
  logLevel: "error",
  appType: "custom",
  optimizeDeps: { noDiscovery: true, include: [], entries: [] },
  server: { middlewareMode: true, hmr: false, ws: false },
});
try {
  // 1. Every exported document of src/graphql, the generated ones included.
  for (const file of sources(join(src, "graphql"))) {
    const module = await server.ssrLoadModule(file);
    for (const value of Object.values(module)) {
      if (typeof value === "string" || (value && typeof value === "object" && value.kind === Kind.DOCUMENT)) add(value, file);
    }
  }
  // 2. The case actions' mutations, built from the action catalogue (with and without the stage argument).
  const { ACTION_FORMS } = await server.ssrLoadModule(join(src, "pages/case/action-forms.ts"));
  const { caseActionMutation } = await server.ssrLoadModule(join(src, "graphql/operations.ts"));
  for (const form of ACTION_FORMS)
    for (const withStage of [false, true]) add(caseActionMutation(form.action, form.inputType, withStage), "action-forms");
  // 3. Every document is written with graphql(`…`) (GraphQL Code Generator types and checks it; its documents are the
  // exports of src/graphql/generated, loaded in 1.): a gql`…` document would be sent unchecked and unlisted.
  for (const file of sources(src).filter((f) => !f.startsWith(join(src, "graphql", "generated")))) {
    if (/\bgql`/.test(readFileSync(file, "utf8")))
      throw new Error(`${relative(root, file)}: write GraphQL documents with graphql(\`…\`), not gql\`…\``);
  }
} finally {
  await server.close();
}
writeFileSync(out, `${JSON.stringify(Object.fromEntries([...documents].sort()), null, 1)}\n`);
console.log(`trusted documents: ${documents.size} written to ${relative(root, out)}`);
