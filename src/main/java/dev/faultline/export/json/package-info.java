/**
 * Machine-readable output: the analysis and simulation JSON of docs/cli.md (keys are a contract: added, never
 * renamed) and SARIF 2.1.0 for code-scanning. Streamed, so a 50,000-node analysis fits a small heap.
 */
package dev.faultline.export.json;
