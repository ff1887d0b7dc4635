import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Holds every package to its coverage floor, counting the tests of every module, and sums each module up in
 * one line at the end of the build. JaCoCo's own {@code check} goal sees one module's classes only, so an
 * end-to-end test in crm-bootstrap could never count towards an adapter's floor; its aggregate report can,
 * and this reads the CSV of that report.
 *
 * <p>Run by crm-bootstrap at {@code verify}: {@code java build-tools/CoverageFloors.java <jacoco.csv> <jacoco.skip>};
 * with {@code -Djacoco.skip} nothing was recorded, as a run of a few tests wants, and no floor is checked.
 */
final class CoverageFloors {

    /** The core holds the rules, so it is held higher than the code that translates to and from it. */
    private static final Map<String, Floor> FLOORS = Map.of(
            "crm-domain", new Floor(95, 90),
            "crm-application", new Floor(95, 90));
    private static final Floor ADAPTER_FLOOR = new Floor(90, 80);

    record Floor(double lines, double branches) {
    }

    /** Lines and branches, missed and covered, of one package or one module. */
    record Counts(long linesMissed, long linesCovered, long branchesMissed, long branchesCovered) {

        static final Counts NONE = new Counts(0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(linesMissed + other.linesMissed, linesCovered + other.linesCovered,
                    branchesMissed + other.branchesMissed, branchesCovered + other.branchesCovered);
        }

        double lines() {
            return percent(linesCovered, linesMissed);
        }

        double branches() {
            return percent(branchesCovered, branchesMissed);
        }

        /** Code without a branch has none to miss: 100 %, not a division by zero. */
        private static double percent(long covered, long missed) {
            return covered + missed == 0 ? 100 : 100.0 * covered / (covered + missed);
        }
    }

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args[0]);
        if (Boolean.parseBoolean(args[1])) {
            System.out.println("Coverage not recorded (-Djacoco.skip): no floor checked");
            return;
        }
        Map<String, Map<String, Counts>> modules = read(csv);
        List<String> below = new ArrayList<>();
        System.out.println("Coverage by every module's tests (lines, branches); report: " + csv.resolveSibling("index.html"));
        modules.forEach((module, packages) -> {
            Floor floor = FLOORS.getOrDefault(module, ADAPTER_FLOOR);
            Counts total = packages.values().stream().reduce(Counts.NONE, Counts::plus);
            System.out.printf(Locale.ROOT, "  %-26s %5.1f %%  %5.1f %%   floor per package %.0f %% / %.0f %%%n",
                    module, total.lines(), total.branches(), floor.lines(), floor.branches());
            packages.forEach((name, counts) -> {
                if (counts.lines() < floor.lines() || counts.branches() < floor.branches()) {
                    below.add(String.format(Locale.ROOT, "  %s %s: %.1f %% lines, %.1f %% branches (%d lines, %d branches missed)",
                            module, name, counts.lines(), counts.branches(), counts.linesMissed(), counts.branchesMissed()));
                }
            });
        });
        if (!below.isEmpty()) {
            System.out.println("Below their floor (test the behaviour they miss; see docs/operations.md, Coverage):");
            below.forEach(System.out::println);
            System.exit(1);
        }
    }

    /** By module, then package: JaCoCo's aggregate CSV has a row per class, its module in the GROUP column. */
    private static Map<String, Map<String, Counts>> read(Path csv) throws IOException {
        List<String> rows = Files.readAllLines(csv);
        List<String> header = List.of(rows.get(0).split(","));
        int group = header.indexOf("GROUP");
        int pkg = header.indexOf("PACKAGE");
        int linesMissed = header.indexOf("LINE_MISSED");
        int linesCovered = header.indexOf("LINE_COVERED");
        int branchesMissed = header.indexOf("BRANCH_MISSED");
        int branchesCovered = header.indexOf("BRANCH_COVERED");
        Map<String, Map<String, Counts>> modules = new TreeMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            Counts counts = new Counts(Long.parseLong(cells[linesMissed]), Long.parseLong(cells[linesCovered]),
                    Long.parseLong(cells[branchesMissed]), Long.parseLong(cells[branchesCovered]));
            modules.computeIfAbsent(moduleOf(cells[group]), module -> new TreeMap<>()).merge(cells[pkg], counts, Counts::plus);
        }
        return modules;
    }

    /** The aggregate names each module after the one reporting it too: {@code crm-bootstrap/crm-domain}. */
    private static String moduleOf(String group) {
        return group.substring(group.lastIndexOf('/') + 1);
    }
}
