import { t } from '../i18n';
import type { FieldDefinition } from '../catalogue';
import type { ControlInfo } from '../messaging/page-model';
import type { Destination } from '../schema/draft-values';
import { planOptionWrite } from './plan-options';
import { blockedPlan, controlLang, readyPlan, type PlanContext } from './plan-result';
import { planTextWrite } from './plan-text';
import type { FieldPlan } from './plan-types';
import { valueTexts } from './value-text';

/** Converts a draft value into the inputs of option matching, or undefined for contacts. */
function optionCodes(definition: FieldDefinition, value: unknown): string[] | undefined {
  switch (definition.type) {
    case 'code-list':
    case 'text-list':
      return (value as string[]).filter((item) => item.trim() !== '');
    case 'boolean':
      return [String(value === true)];
    case 'destination': {
      const { country } = value as Destination;
      return country ? [country] : undefined;
    }
    case 'contacts':
      return undefined;
    default:
      return [String(value).trim()];
  }
}

/** Returns the texts a portal profile's code map gives for the codes, or undefined without one. */
function profileCodeTexts(control: ControlInfo, codes: string[] | undefined): string[] | undefined {
  const map = control.codes;
  if (!map || !codes || codes.length === 0) return undefined;
  if (!codes.every((code) => Object.hasOwn(map, code))) return undefined;
  return codes.map((code) => map[code]);
}

function planCheckbox(context: PlanContext, control: ControlInfo, value: unknown): FieldPlan {
  if (context.definition.type !== 'boolean') {
    return blockedPlan(context, 'rejected', 'fill_reason_control_mismatch');
  }
  const checked = value === true;
  const display = t(checked ? 'fill_display_checked' : 'fill_display_unchecked');
  return readyPlan(context, [{ action: 'check', key: control.key, checked }], display);
}

/**
 * Plans writing a value that is neither a date nor a photo: text and text
 * lists, codes, booleans, numbers, contacts and destinations, into a
 * text box, a select, a radio or checkbox group, or a checkbox.
 */
export function planValueWrite(
  context: PlanContext,
  control: ControlInfo,
  value: unknown,
): FieldPlan {
  const { definition } = context;
  switch (control.kind) {
    case 'text':
    case 'textarea': {
      const mapped = profileCodeTexts(control, optionCodes(definition, value));
      if (mapped) return planTextWrite(context, control, mapped);
      const lang = controlLang(context, control);
      return planTextWrite(context, control, valueTexts(definition, value, control, lang));
    }
    case 'select':
    case 'select-multiple':
    case 'radio-group':
    case 'checkbox-group': {
      const codes = optionCodes(definition, value);
      if (!codes || codes.length === 0) {
        return blockedPlan(context, 'rejected', 'fill_reason_control_mismatch');
      }
      return planOptionWrite(context, control, codes);
    }
    case 'checkbox':
      return planCheckbox(context, control, value);
    default:
      return blockedPlan(context, 'rejected', 'fill_reason_control_mismatch');
  }
}
