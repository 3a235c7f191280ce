package nl.onderwijsregio.ketenregie.fault;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the fault suite's own, which it may stop and start: initdb and pg_ctl from
 * /usr/lib/postgresql/<version>/bin, in a temporary directory, on a free port, trust authentication for
 * 127.0.0.1. PostgreSQL refuses to run as root, so as root (CI) every command runs as the user postgres
 * through runuser. Anything that does not work fails the test loudly: the suite never skips.
 */
final class TemporaryPostgres implements AutoCloseable {

    private final Path bin;
    private final Path directory;
    private final Path data;
    private final int port;

    private TemporaryPostgres(Path bin, Path directory, int port) {
        this.bin = bin;
        this.directory = directory;
        this.data = directory.resolve("data");
        this.port = port;
    }

    static TemporaryPostgres start() throws IOException, InterruptedException {
        TemporaryPostgres postgres = new TemporaryPostgres(findBin(), Files.createTempDirectory("ketenregie-fault-pg"),
                freePort());
        if (isRoot()) {
            run(List.of("chown", "postgres:postgres", postgres.directory.toString()));
        }
        postgres.pg(List.of(postgres.bin.resolve("initdb").toString(), "-D", postgres.data.toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--no-sync"));
        postgres.startServer();
        try (Connection connection = postgres.connect("postgres")) {
            connection.createStatement().execute("create database ketenregie");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the fault suite's database", e);
        }
        return postgres;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/ketenregie";
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    /** Starts the server and waits until it accepts connections. */
    void startServer() throws IOException, InterruptedException {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", directory.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off "
                        + "-c max_connections=200", "start"));
    }

    /** Stops the server the hard way, like a crash or a pulled cable: every connection breaks at once. */
    void stopServer() throws IOException, InterruptedException {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                stopServer();
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path findBin() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("No pg_ctl under /usr/lib/postgresql/*/bin: install "
                            + "the PostgreSQL server package; the fault suite does not skip."));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
