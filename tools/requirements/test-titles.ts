import ts from 'typescript';

/** A `describe` block or a test (`it`, `test`) as written in a test file, with what it holds. */
export interface TestNode {
  kind: 'describe' | 'test';
  title: string;
  line: number;
  children: TestNode[];
}

const SUITE = new Set(['describe', 'suite']);
const TEST = new Set(['it', 'test']);
// A block or test that never runs demonstrates nothing; `skipIf` and `runIf` do run somewhere.
const NEVER_RUNS = new Set(['skip', 'todo']);

/**
 * The suites and tests of a test file, read from its syntax tree rather than with patterns, so that
 * a title is exactly what vitest prints: quotes, escapes and templates included. A call counts when
 * its chain starts at `describe`/`suite` or `it`/`test` (`it.each(rows)(…)`, `describe.skipIf(c)(…)`)
 * and its first argument is a title; a template title keeps its `${…}` parts as written.
 */
export function extractTests(source: string, fileName: string): TestNode[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const root: TestNode[] = [];
  const visit = (node: ts.Node, into: TestNode[]): void => {
    if (ts.isCallExpression(node)) {
      const found = testCall(node, file);
      if (found === 'never-runs') return;
      if (found) {
        const entry: TestNode = {
          ...found,
          line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
          children: [],
        };
        into.push(entry);
        for (const argument of node.arguments.slice(1)) visit(argument, entry.children);
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, into));
  };
  visit(file, root);
  return root;
}

function testCall(
  call: ts.CallExpression,
  file: ts.SourceFile,
): Pick<TestNode, 'kind' | 'title'> | 'never-runs' | undefined {
  const chain = calleeChain(call.expression);
  if (!chain) return undefined;
  const [head, ...modifiers] = chain;
  const kind = SUITE.has(head!) ? 'describe' : TEST.has(head!) ? 'test' : undefined;
  if (!kind) return undefined;
  // A title and a body: `it.each(rows)` alone is the inner half of a call, not a test.
  const [first, body] = call.arguments;
  if (!first || !body) return undefined;
  const title = titleText(first, file);
  if (modifiers.some((modifier) => NEVER_RUNS.has(modifier))) return 'never-runs';
  return { kind, title };
}

/** `describe.skipIf(x)` → ['describe', 'skipIf']; undefined when the callee is not such a chain. */
function calleeChain(expression: ts.Expression): string[] | undefined {
  if (ts.isIdentifier(expression)) return [expression.text];
  if (ts.isPropertyAccessExpression(expression)) {
    const base = calleeChain(expression.expression);
    return base && [...base, expression.name.text];
  }
  if (ts.isCallExpression(expression)) return calleeChain(expression.expression);
  return undefined;
}

/** The title as vitest shows it where it is fixed text; what is computed is kept as `${…}` source. */
function titleText(expression: ts.Expression, file: ts.SourceFile): string {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
  if (ts.isTemplateExpression(expression)) {
    return (
      expression.head.text +
      expression.templateSpans.map((span) => `\${${span.expression.getText(file)}}${span.literal.text}`).join('')
    );
  }
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return titleText(expression.left, file) + titleText(expression.right, file);
  }
  if (ts.isParenthesizedExpression(expression)) return titleText(expression.expression, file);
  return `\${${expression.getText(file)}}`;
}
