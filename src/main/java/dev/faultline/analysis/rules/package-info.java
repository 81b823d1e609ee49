/**
 * Finding rules: each class has a stable id (scripts, SARIF and suppressions rely on it), a severity, and words its
 * finding in the language of reliability practice with a recommendation. {@link dev.faultline.analysis.rules.Rules}
 * is the registry, in a fixed order. Rules read the analysis context; they never simulate on their own when the
 * context already knows the answer.
 */
package dev.faultline.analysis.rules;
