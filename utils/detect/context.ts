/**
 * Section context of a control: fieldset legends, labelled groups and
 * sections, the table section row and the nearest heading, nearest first. A
 * "Guardian" legend makes "Name" the guardian's name.
 */
import type { CollectedControl } from './walk';

/** Returns a control's context texts, nearest first, without the legend used as its label. */
export function sectionContext(collected: CollectedControl, labelText?: string): string[] {
  const texts = collected.inherited.sections.filter((text) => text !== labelText);
  if (collected.tableSection) texts.push(collected.tableSection);
  if (collected.heading && collected.headingInSection) texts.unshift(collected.heading);
  else if (collected.heading) texts.push(collected.heading);
  return texts;
}
