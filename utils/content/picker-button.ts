/** Elements a date picker opens from: buttons, links and clickable icons. */
const BUTTON_LIKE =
  'button, input[type="button"], input[type="image"], [role="button"], a[href], img, [onclick]';

/** Form controls, each of which may have a picker button of its own. */
const FORM_CONTROL = 'input:not([type="hidden"]), select, textarea';

/** Ancestors searched for a button beside the control: its wrapper or cell, then the row. */
const MAX_LEVELS = 2;

/**
 * Lists the buttons and form controls of a scope in document order and takes
 * the one right after the control, else the one right before it, when it is
 * button-like. Another form control there means the button past it belongs
 * to that control.
 */
function nearestInScope(scope: Element, control: Element): HTMLElement | undefined {
  const items = [...scope.querySelectorAll(`${BUTTON_LIKE}, ${FORM_CONTROL}`)].filter(
    (item) => item === control || !item.contains(control),
  );
  const at = items.indexOf(control);
  if (at === -1) return undefined;
  for (const neighbour of [items[at + 1], items[at - 1]]) {
    if (neighbour?.matches(BUTTON_LIKE)) return neighbour as HTMLElement;
  }
  return undefined;
}

/**
 * Finds the button that opens a control's date picker: the nearest
 * button-like element after the control, else before it, within its parent,
 * then its grandparent (a table cell, then the row).
 */
export function findPickerButton(control: Element): HTMLElement | undefined {
  let scope = control.parentElement;
  for (let level = 0; scope && level < MAX_LEVELS; level++) {
    const found = nearestInScope(scope, control);
    if (found) return found;
    scope = scope.parentElement;
  }
  return undefined;
}
