package com.humanscrm.bench;

/** What one load measured: throughput, failures (socket errors and answers outside 2xx/3xx), latencies in ms. */
record Measurement(long requests, double perSecond, long failures, double p50, double p95, double p99, double max) {
}
