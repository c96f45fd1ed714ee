package org.publod.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.publod.PublodException;

/**
 * Applies a function to a source's elements on worker threads and hands the results back in source order.
 * It reads the source only on the consuming thread and keeps at most {@code window} elements in flight, so
 * memory is bounded however long the source is.
 */
final class OrderedParallelIterator<T, R> implements Iterator<R> {
    private final Iterator<T> source;
    private final Function<T, R> function;
    private final ExecutorService workers;
    private final int window;
    private final Deque<Future<R>> inFlight = new ArrayDeque<>();

    OrderedParallelIterator(Iterator<T> source, Function<T, R> function, ExecutorService workers, int window) {
        this.source = source;
        this.function = function;
        this.workers = workers;
        this.window = window;
    }

    @Override
    public boolean hasNext() {
        fill();
        return !inFlight.isEmpty();
    }

    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        try {
            return inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublodException(PublodException.ErrorCode.INTERNAL, "interrupted while publishing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new PublodException(PublodException.ErrorCode.INTERNAL, "an entry failed: " + e.getCause(), e);
        }
    }

    private void fill() {
        while (inFlight.size() < window && source.hasNext()) {
            T element = source.next();
            inFlight.addLast(workers.submit(() -> function.apply(element)));
        }
    }
}
