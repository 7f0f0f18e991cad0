/**
 * Turning a frame's scan, as the content script sends it, into the frame
 * report that the panel shows: the classified fields, with the portal
 * profile's pins in place of the heuristics' fields they override.
 */
import type { FrameScanReport } from '../messaging/scan-chunks';
import type { FrameReport } from '../messaging/page-model';
import { applyLocatedProfile } from '../profile/located';
import { type UnclassifiedControl, classifyFrameScan } from './classify-scan';

export interface ClassifiedFrame {
  report: FrameReport;
  /** Controls that no field claims, which the report leaves out. */
  unclassified: UnclassifiedControl[];
}

/** Classifies a frame scan and applies the frame's portal profile to it. */
export function classifyFrameReport(scanned: FrameScanReport): ClassifiedFrame {
  const classified = classifyFrameScan(scanned.scan);
  const report: FrameReport = {
    revision: scanned.revision,
    fields: classified.fields,
    lostKeys: scanned.lostKeys,
    closedRootsUnread: scanned.closedRootsUnread,
  };
  if (scanned.lang !== undefined) report.lang = scanned.lang;
  if (scanned.frameIndex !== undefined) report.frameIndex = scanned.frameIndex;

  if (scanned.profile) {
    const override = applyLocatedProfile(classified, scanned.profile);
    const { id, name, fields } = scanned.profile.profile;
    report.fields = override.fields;
    report.profile = { id, name, fieldIds: Object.keys(fields), missing: override.missing };
  }
  return { report, unclassified: classified.unclassified };
}
