/** Churn scenarios: plans of failures, departures and joins over steps, run against a repair strategy with per-step metrics. */
package io.dfloverlay.maintenance.churn;
