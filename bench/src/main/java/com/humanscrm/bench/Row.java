package com.humanscrm.bench;

/**
 * One line of the result: a load's measurement (or, for memory and start-up, a single value), its
 * ratio to what it is compared with in the same run, the target and whether it holds.
 */
record Row(String scenario, int connections, Measurement load, String value, Double ratio, String comparedWith,
           String target, boolean holds, String refusals) {

    static Row load(String scenario, int connections, Measurement load, Double ratio, String comparedWith,
                    String target, boolean holds) {
        return new Row(scenario, connections, load, null, ratio, comparedWith, target, holds && load.failures() == 0, null);
    }

    /** A load meant to be refused past a point (a full flight): its answers outside 2xx are {@code refusals}, not failures. */
    static Row refusing(String scenario, int connections, Measurement load, Double ratio, String comparedWith,
                        String refusals) {
        return new Row(scenario, connections, load, null, ratio, comparedWith, "reported", true, refusals);
    }

    static Row value(String scenario, String value, String target, boolean holds) {
        return new Row(scenario, 0, null, value, null, null, target, holds, null);
    }
}
