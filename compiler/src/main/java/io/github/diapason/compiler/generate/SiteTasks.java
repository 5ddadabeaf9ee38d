package io.github.diapason.compiler.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one task per site on a few threads and gives the results in the sites' order, whatever order
 * the threads finished in. The threads see the caller's context class loader (a Maven plugin's
 * realm, which resource and service lookups may use). Not a parallel stream: the common pool's
 * threads would carry the application class loader, and its size is not ours to choose.
 */
final class SiteTasks {

    private SiteTasks() {
    }

    static <S, R> List<R> map(List<S> sites, int threads, Function<S, R> task) {
        int n = Math.min(threads, sites.size());
        if (n <= 1) {
            return sites.stream().map(task).toList();
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "diapason-generate-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(sites.size());
            for (S site : sites) {
                futures.add(pool.submit(() -> task.apply(site)));
            }
            List<R> results = new ArrayList<>(sites.size());
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating the sites", e);
        } catch (ExecutionException e) {
            // A bug in a task: rethrown as it would have been without threads.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
