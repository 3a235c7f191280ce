package nl.onderwijsregio.ketenregie.langstudeerders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long an institute's list of 5,000 langstudeerders (the import's limit) takes, in one run: a first import
 * (5,000 students, each with its guidance process and intake task), the same list again (nothing changes), the
 * list with new credits for everyone (5,000 updates and check-ins), and a list refused for one bad line
 * (reading and checking only). Printed as seconds, per line, and as ratios to the refused list. Not part of
 * the test suite (the name does not end in Test); run with {@code mvn -B verify -Ppostgres,bench-import}.
 * Results go into docs/benchmarks.md.
 */
@IntegrationTest
class LangstudeerderImportBenchmark {

    static final int LINES = 5_000;

    @Autowired
    LangstudeerderImport imports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiveThousandLines() {
        TestInstitute institute = new TestInstitute(jdbc);
        byte[] first = list(120);
        byte[] credits = list(130);
        List<String> bad = new ArrayList<>(lines(120));
        bad.set(LINES / 2, TestInstitute.line("X", "Kees", "Bakker", "kees@example.nl", "241", "240", "", TestInstitute.UTRECHT));
        byte[] refused = TestInstitute.file(bad);

        long refusedNanos = time(() -> imports.importFile(institute.user, null, "fout.csv", refused), 0);
        long firstNanos = time(() -> imports.importFile(institute.user, null, "eerste.csv", first), LINES);
        long againNanos = time(() -> imports.importFile(institute.user, null, "zelfde.csv", first), 0);
        long creditsNanos = time(() -> imports.importFile(institute.user, null, "studiepunten.csv", credits), 0);

        System.out.println();
        System.out.printf("%-52s %9s %12s %8s%n", "import of " + LINES + " lines", "seconds", "ms per line", "x refused");
        print("refused (one bad line: read and check only)", refusedNanos, refusedNanos);
        print("first import (5,000 students and processes)", firstNanos, refusedNanos);
        print("same list again (nothing changes)", againNanos, refusedNanos);
        print("new credits for everyone (updates, check-ins)", creditsNanos, refusedNanos);
    }

    private static long time(Supplier<ImportJson.Result> run, int expectedAdded) {
        long start = System.nanoTime();
        ImportJson.Result result = run.get();
        long nanos = System.nanoTime() - start;
        assertThat(result.toegevoegd()).isEqualTo(expectedAdded);
        return nanos;
    }

    private static void print(String what, long nanos, long baseline) {
        System.out.printf("%-52s %9.1f %12.2f %7.1fx%n", what, nanos / 1e9, nanos / 1e6 / LINES, (double) nanos / baseline);
    }

    private static byte[] list(int credits) {
        return TestInstitute.file(lines(credits));
    }

    private static List<String> lines(int credits) {
        return IntStream.range(0, LINES).mapToObj(i -> TestInstitute.line("S" + i, "Sanne", "de Vries",
                "s" + i + "@student.example.nl", String.valueOf(credits), "240", i % 3 == 0 ? "spo-zonnewijzer" : "",
                TestInstitute.UTRECHT)).toList();
    }
}
