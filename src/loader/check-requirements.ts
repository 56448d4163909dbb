// Tier requirements measure what the program defines: activity types, metrics and certifications
// (also inside anyOf), and a threshold on a money metric is in that metric's own currency, since
// amounts are never converted between currencies.
import type { CrossCheck } from './cross-check.ts';
import { fields, items, text } from './data-as-written.ts';
import type { FileProblems } from './file-problems.ts';
import { checkKnownValue } from './known-value.ts';
import type { ProgramIds } from './program-ids.ts';
import type { FieldPath } from './yaml-document.ts';

export const checkRequirementMeasures: CrossCheck = (files, { ids }) => {
  if (!ids) return;
  for (const { raw, report } of files) {
    for (const [tier, t] of items(fields(raw).tiers)) {
      for (const [requirement, r] of items(fields(tier).requirements)) {
        const at = ['tiers', t, 'requirements', r, 'measure'];
        const measure = fields(fields(requirement).measure);
        if (Array.isArray(measure.anyOf)) for (const [option, o] of items(measure.anyOf)) checkMeasure(report, [...at, 'anyOf', o], fields(option), ids);
        else checkMeasure(report, at, measure, ids);
      }
    }
  }
};

function checkMeasure(report: FileProblems, at: FieldPath, measure: Record<string, unknown>, ids: ProgramIds) {
  const activity = text(measure.activity);
  if (activity) checkKnownValue(report, [...at, 'activity'], activity, ids.activityTypes, 'activity type', 'activityTypes');
  const certification = text(measure.certification);
  if (certification) checkKnownValue(report, [...at, 'certification'], certification, [...ids.certifications.keys()], 'certification', 'certifications');
  const metricId = text(measure.metric);
  if (!metricId || !checkKnownValue(report, [...at, 'metric'], metricId, [...ids.metrics.keys()], 'metric', 'metrics')) return;
  const metric = ids.metrics.get(metricId)!;
  const currency = text(measure.currency);
  if (!currency || report.hasErrorAt([...at, 'currency'])) return;
  if (metric.kind !== 'money')
    report.field([...at, 'currency'], 'error', {
      code: 'currency-not-needed',
      message: `${metric.name} is not an amount of money, so a requirement on it has no currency`,
      fix: 'remove "currency"',
    });
  else if (metric.currency && currency !== metric.currency)
    report.field([...at, 'currency'], 'error', {
      code: 'currency-mismatch',
      message: `${metric.name} is recorded in ${metric.currency}, not ${currency}, and amounts are never converted between currencies`,
      fix: `write the threshold in ${metric.currency} (currency: ${metric.currency}), or define another metric for amounts in ${currency}`,
    });
}
