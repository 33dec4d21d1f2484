package org.iisg.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A throwaway Neo4j 5.26 community server for the iisg-graph test suite: Bolt only, on 127.0.0.1,
 * authentication off, a fresh temporary data directory that is deleted at exit.
 *
 * <p>Why in-process rather than a Neo4j tarball or Docker: Maven Central is reachable everywhere the
 * project runs (developers and CI), a Docker engine and the Neo4j download site are not.
 *
 * <p>Usage: {@code java @jvm.options -cp JAR:CLASSPATH org.iisg.testserver.Neo4jTestServer
 * [--port N] [--pagecache SIZE_MB] [--watch-stdin] [--home DIR] [--config SETTING=VALUE]...}. {@code --config} passes
 * any Neo4j setting as in neo4j.conf (e.g. {@code db.tx_state.memory_allocation=OFF_HEAP}), applied
 * after the defaults below; the benchmark uses it to try settings a user could also set. Port 0 (the default) lets the OS pick a free
 * port. Once Bolt accepts connections it prints exactly one line on stdout,
 * {@code NEO4J_READY bolt://127.0.0.1:PORT}, which the pytest fixture waits for; everything else
 * goes to stderr or the log files in the temporary directory. SIGTERM / SIGINT stop the database
 * cleanly through a shutdown hook. With {@code --watch-stdin} the server also stops when its stdin
 * reaches end of file, so that it never outlives a test process that died without cleaning up.
 *
 * <p>{@code --home DIR} serves an existing Neo4j home instead of a fresh temporary one (its data in
 * {@code DIR/data}, e.g. a store written by {@code neo4j-admin database import full}); that directory is
 * kept at exit. {@code benchmarks/bench_neo4j_import.py} uses it.
 */
public final class Neo4jTestServer {

    private Neo4jTestServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = 0;
        long pageCacheMb = 128;
        boolean watchStdin = false;
        Path givenHome = null;
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--pagecache" -> pageCacheMb = Long.parseLong(args[++i]);
                case "--watch-stdin" -> watchStdin = true;
                case "--home" -> givenHome = Path.of(args[++i]).toAbsolutePath();
                case "--config" -> {
                    String setting = args[++i];
                    int eq = setting.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--config needs SETTING=VALUE, got " + setting);
                    }
                    extra.put(setting.substring(0, eq).trim(), setting.substring(eq + 1).trim());
                }
                case "-h", "--help" -> {
                    System.err.println("usage: Neo4jTestServer [--port N] [--pagecache MB] [--watch-stdin] [--home DIR] [--config SETTING=VALUE]...");
                    return;
                }
                default -> port = Integer.parseInt(args[i]);
            }
        }

        boolean keepHome = givenHome != null;
        Path home = keepHome ? givenHome : Files.createTempDirectory("iisg-neo4j-");
        long started = System.nanoTime();
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                // Bolt waits 5 s for connections and 5 s for its thread pool at shutdown by default; a test
                // server has nothing to drain, and a session's teardown should not take 10 s.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100));
        // --config values are parsed as neo4j.conf would parse them (an unknown setting fails here, loudly).
        Config parsed = Config.newBuilder().setRaw(extra).build();
        for (String name : extra.keySet()) {
            setParsed(builder, parsed, parsed.getSetting(name));
        }
        DatabaseManagementService service = builder.build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.shutdown();
            } finally {
                if (!keepHome) {
                    deleteTree(home);
                }
                stopped.countDown();
            }
        }, "neo4j-test-server-shutdown"));

        GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        HostnamePort bound = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        System.err.printf("neo4j test server: home %s, started in %d ms%n",
                home, (System.nanoTime() - started) / 1_000_000);
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + bound.getPort());
        System.out.flush();

        if (watchStdin) {
            Thread watcher = new Thread(() -> {
                drain(System.in);
                System.exit(0);
            }, "neo4j-test-server-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    @SuppressWarnings("unchecked")
    private static <T> void setParsed(DatabaseManagementServiceBuilder builder, Config parsed, Setting<?> setting) {
        Setting<T> typed = (Setting<T>) setting;
        builder.setConfig(typed, parsed.get(typed));
    }

    /** Read until end of file: the parent process closed our stdin or died. */
    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // keep reading; only end of file matters
            }
        } catch (IOException e) {
            // a broken pipe means the same as end of file
        }
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root, e);
        }
    }
}
