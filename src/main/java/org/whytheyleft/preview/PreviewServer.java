package org.whytheyleft.preview;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * The preview's HTTP server, which no client can stall: exchanges are served by a bounded pool of threads, so a
 * client that sends half a request and waits holds one thread and not the server, and the JDK server closes a
 * connection whose request or response takes longer than {@link #REQUEST_SECONDS}, which frees the thread again.
 *
 * <p>The JDK server reads its time limits ({@code sun.net.httpserver.maxReqTime}, {@code maxRspTime}) once, when
 * its first server is created in the JVM; they are set here unless given on the command line, so they hold only
 * when this class creates the JVM's first server.
 */
final class PreviewServer {

    /**
     * Threads serving exchanges: a browser opens about six connections at once, and every open page holds one for
     * its reload events (closed after the response time limit, and opened again by the browser).
     */
    static final int THREADS = 32;
    /** How long a client may take to send its request or read the response, in seconds. */
    static final int REQUEST_SECONDS = 5;

    static {
        setUnlessGiven("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        setUnlessGiven("sun.net.httpserver.maxRspTime", Integer.toString(REQUEST_SECONDS * 6));
        // the timer that enforces both limits ticks once a second instead of once a minute
        setUnlessGiven("sun.net.httpserver.timerMillis", "1000");
    }

    private PreviewServer() {
    }

    /** A server bound to {@code address} with the bounded pool, not started; its threads never keep the JVM up. */
    static HttpServer create(InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "preview-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(pool);
        return server;
    }

    private static void setUnlessGiven(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
