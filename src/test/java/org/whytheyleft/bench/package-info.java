/**
 * The benchmark behind {@code bench/run}: synthetic sites made from the real chapters, timed bakes of our build
 * against stock JBake, preview latency, page weight and a JFR summary, written to {@code target/bench/report.md}.
 * Not tests: nothing here asserts a time.
 */
package org.whytheyleft.bench;
