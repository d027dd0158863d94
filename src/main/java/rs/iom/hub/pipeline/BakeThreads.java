package rs.iom.hub.pipeline;

/**
 * The threads of one bake: a pool of its own ({@link BuildOptions#parallelism()} threads, one per processor unless a
 * test asks for another number), so that a bake does not share the JVM's common pool and the number of files read and
 * pages rendered at once is set in one place.
 */
final class BakeThreads {
    private BakeThreads() {
    }

    /**
     * Runs {@code work} in a pool of {@code threads} threads: the parallel streams of the read and render stages run in
     * the pool of the thread that starts them, so this sets how many files are read and pages rendered at once.
     */
    static <T> T run(int threads, java.util.function.Supplier<T> work) {
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            return pool.submit(work::get).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
