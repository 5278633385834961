// axe-core on a page, with every one of its rules on: the ones it runs by
// default and those it leaves off (label-content-name-mismatch, the enhanced
// 7:1 contrast, the experimental ones). A view passes when nothing serious or
// critical is found.
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

const ALL_RULES = axe.getRules().map((rule) => rule.ruleId);

/** Serious and critical violations, one line each: rule, impact, what it says and where. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(ALL_RULES).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
