import { Component, h, type FunctionComponent } from 'preact';
import { messagesLanguage } from '@/utils/i18n';

function shallowDiffers(a: object, b: object): boolean {
  const before = a as Record<string, unknown>;
  const after = b as Record<string, unknown>;
  for (const key in before) if (!(key in after)) return true;
  for (const key in after) if (before[key] !== after[key]) return true;
  return false;
}

/**
 * Wraps a function component so that it renders again only when one of its
 * props changes identity or the language of `t()` changed, like `memo` of
 * preact/compat. That module is not imported because importing it installs
 * a global `options.vnode` hook, which among other things turns `onChange`
 * of text inputs into `onInput`.
 */
export function memo<Props extends object>(render: FunctionComponent<Props>) {
  class Memoised extends Component<Props> {
    static override displayName = `Memo(${render.displayName ?? render.name})`;

    /** Language of `t()` at the last render. A change of language renders the page again. */
    private language = messagesLanguage();

    override shouldComponentUpdate(next: Props): boolean {
      return this.language !== messagesLanguage() || shallowDiffers(this.props, next);
    }

    override render(props: Props) {
      this.language = messagesLanguage();
      return h(render, props);
    }
  }
  return Memoised;
}
