import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  installSubmitGuard,
  SUBMIT_EVENT_CHECK,
  SUBMIT_METHOD_CHECK,
} from '@/utils/enforcement/guard';

const nativeSubmit = vi.fn();
let blocked = false;
const checks: { type: string; target: EventTarget | null; detail: unknown }[] = [];

beforeAll(() => {
  // The guard keeps the method it finds, so the spy replaces the native one.
  HTMLFormElement.prototype.submit = nativeSubmit;
  installSubmitGuard(window as Window & typeof globalThis);
  for (const type of [SUBMIT_EVENT_CHECK, SUBMIT_METHOD_CHECK]) {
    window.addEventListener(
      type,
      (event) => {
        checks.push({ type, target: event.target, detail: (event as CustomEvent).detail });
        if (blocked) event.preventDefault();
      },
      true,
    );
  }
});

afterEach(() => {
  document.body.innerHTML = '';
  nativeSubmit.mockClear();
  checks.length = 0;
  blocked = false;
});

function makeForm(): { form: HTMLFormElement; button: HTMLButtonElement } {
  document.body.innerHTML =
    '<form id="alert"><input name="surname"><button type="submit">Save</button></form>';
  return {
    form: document.querySelector('form')!,
    button: document.querySelector('button')!,
  };
}

// A submit event without a submitter is asked about on its form. That case is
// left to the end-to-end test of requestSubmit(): happy-dom's event target is
// a proxy of the form, which the guard's saved dispatchEvent does not accept.
function dispatchSubmit(form: HTMLFormElement, submitter: HTMLElement | null): SubmitEvent {
  const event = new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter });
  form.dispatchEvent(event);
  return event;
}

describe('submission guard', () => {
  it('calls the native submit when the check passes', () => {
    const { form } = makeForm();
    form.submit();
    expect(nativeSubmit).toHaveBeenCalledTimes(1);
    expect(checks).toEqual([{ type: SUBMIT_METHOD_CHECK, target: form, detail: null }]);
  });

  it('skips the native submit when the check is cancelled', () => {
    const { form } = makeForm();
    blocked = true;
    form.submit();
    expect(nativeSubmit).not.toHaveBeenCalled();
    expect(checks).toHaveLength(1);
  });

  it('asks about a submit event on its submitter', () => {
    const { form, button } = makeForm();
    const event = dispatchSubmit(form, button);
    expect(event.defaultPrevented).toBe(false);
    expect(checks).toEqual([{ type: SUBMIT_EVENT_CHECK, target: button, detail: null }]);
  });

  it('cancels a stopped submit event before page handlers', () => {
    const { form, button } = makeForm();
    const pageHandler = vi.fn();
    form.addEventListener('submit', pageHandler);
    blocked = true;
    const event = dispatchSubmit(form, button);
    expect(event.defaultPrevented).toBe(true);
    expect(pageHandler).not.toHaveBeenCalled();
  });

  it('lets page handlers run for a passing submit event', () => {
    const { form, button } = makeForm();
    const pageHandler = vi.fn();
    form.addEventListener('submit', pageHandler);
    dispatchSubmit(form, button);
    expect(pageHandler).toHaveBeenCalledTimes(1);
  });

  it('still checks after the page replaces dispatchEvent', () => {
    const { form } = makeForm();
    const dispatchEvent = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = () => true;
    try {
      blocked = true;
      form.submit();
    } finally {
      EventTarget.prototype.dispatchEvent = dispatchEvent;
    }
    expect(nativeSubmit).not.toHaveBeenCalled();
  });
});
