import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const FOLDERS = ['components', 'entrypoints'];

/** Attributes whose text a user sees or hears. */
const VISIBLE_ATTRIBUTES = new Set(['title', 'placeholder', 'aria-label', 'alt', 'label']);

/** Input types whose `value` is the text of a button. */
const BUTTON_INPUT_TYPES = new Set(['button', 'submit', 'reset']);

const LETTER = /\p{L}/u;

/** Binary operators whose result may be either operand's text. */
const SHOWING_OPERATORS = new Set([
  ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.BarBarToken,
  ts.SyntaxKind.PlusToken,
]);

function tsxFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return tsxFiles(file);
    return name.endsWith('.tsx') ? [file] : [];
  });
}

/**
 * Returns the string literals with letters that `expression` can evaluate to:
 * the literal itself, both branches of a condition, both sides of `??`, `||`
 * and `+`, the right side of `&&`, and the text parts of a template. Arguments of calls are not
 * followed, so `t('key')` and `labelOf('surname')` pass.
 */
function visibleLiterals(expression: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
    return LETTER.test(expression.text) ? [expression] : [];
  }
  if (ts.isTemplateExpression(expression)) {
    const parts = [expression.head, ...expression.templateSpans.map((span) => span.literal)];
    return [
      ...parts.filter((part) => LETTER.test(part.text)),
      ...expression.templateSpans.flatMap((span) => visibleLiterals(span.expression)),
    ];
  }
  if (ts.isConditionalExpression(expression)) {
    return [...visibleLiterals(expression.whenTrue), ...visibleLiterals(expression.whenFalse)];
  }
  if (ts.isBinaryExpression(expression)) {
    const operator = expression.operatorToken.kind;
    // `a && b` shows `b`; a comparison shows true or false, never its operands.
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken)
      return visibleLiterals(expression.right);
    if (!SHOWING_OPERATORS.has(operator)) return [];
    return [...visibleLiterals(expression.left), ...visibleLiterals(expression.right)];
  }
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) {
    return visibleLiterals(expression.expression);
  }
  return [];
}

function tagName(attribute: ts.JsxAttribute): string {
  const element = attribute.parent.parent;
  return element.tagName.getText();
}

function literalAttribute(element: ts.JsxOpeningLikeElement, name: string): string | undefined {
  for (const property of element.attributes.properties) {
    if (!ts.isJsxAttribute(property) || property.name.getText() !== name) continue;
    const value = property.initializer;
    if (value && ts.isStringLiteral(value)) return value.text;
  }
  return undefined;
}

/** Tells whether `attribute` contains text that a user sees or hears. */
function isVisibleAttribute(attribute: ts.JsxAttribute): boolean {
  const name = attribute.name.getText();
  if (VISIBLE_ATTRIBUTES.has(name)) return true;
  if (name !== 'value') return false;
  const tag = tagName(attribute);
  if (tag === 'button') return true;
  const type = literalAttribute(attribute.parent.parent, 'type');
  return tag === 'input' && type !== undefined && BUTTON_INPUT_TYPES.has(type);
}

function attributeLiterals(attribute: ts.JsxAttribute): ts.Node[] {
  const value = attribute.initializer;
  if (!value) return [];
  if (ts.isStringLiteral(value)) return LETTER.test(value.text) ? [value] : [];
  if (ts.isJsxExpression(value) && value.expression) return visibleLiterals(value.expression);
  return [];
}

/** Returns `file:line: text` for each hard-coded visible string in TSX source. */
function hardCodedStrings(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: ts.Node[] = [];

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) found.push(node);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      found.push(...visibleLiterals(node.expression));
    }
    if (ts.isJsxAttribute(node) && isVisibleAttribute(node)) found.push(...attributeLiterals(node));
    ts.forEachChild(node, visit);
  };
  visit(source);

  return found.map((node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    const where = `${path.relative(ROOT, file)}:${line + 1}`;
    return `${where}: ${node.getText(source).trim()}`;
  });
}

const SAMPLE = `
export function Sample({ ok, name }: { ok: boolean; name: string }) {
  return (
    <form title="Form title" aria-label={t('sample_label')}>
      Hello
      {ok ? t('sample_yes') : 'No'}
      {ok && 'Shown'}
      {name === 'admin' && <b>{t('sample_admin')}</b>}
      <img alt={\`Photo of \${name}\`} src="photo.png" />
      <input type="submit" value="Send" />
      <input type="text" value="kept" placeholder={name ?? 'Type here'} />
      <button value="go">{t('sample_go')}</button>
      <code>{' / '}</code>
    </form>
  );
}
`;

describe('hard-coded string finder', () => {
  const found = hardCodedStrings(path.join(ROOT, 'Sample.tsx'), SAMPLE);

  it.each([
    ['a visible attribute', 'Sample.tsx:4: "Form title"'],
    ['text between tags', 'Sample.tsx:5: Hello'],
    ['a branch of a condition', "Sample.tsx:6: 'No'"],
    ['the right side of &&', "Sample.tsx:7: 'Shown'"],
    ['the text of a template', 'Sample.tsx:9: `Photo of ${'],
    ['the value of a submit input', 'Sample.tsx:10: "Send"'],
    ['a fallback after ??', "Sample.tsx:11: 'Type here'"],
    ['the value of a button', 'Sample.tsx:12: "go"'],
  ])('finds %s', (_, expected) => {
    expect(found).toContain(expected);
  });

  it('passes t(), comparisons, sources and text inputs', () => {
    expect(found).toHaveLength(8);
  });
});

describe('visible strings', () => {
  const files = FOLDERS.flatMap((folder) => tsxFiles(path.join(ROOT, folder)));

  it('finds the TSX files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('go through t() in every component and page', () => {
    const found = files.flatMap((file) => hardCodedStrings(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
