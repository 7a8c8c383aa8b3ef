package com.custodia.service.demo;

import java.time.Instant;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Makes the batches of a generation on a thread of its own, so Datafaker and the building of
 * records overlap with the inserts of the previous batch. One thread draws every random number in
 * order, so the same seed still gives the same data. A few batches wait at most.
 */
final class DemoPipeline implements AutoCloseable {

    /** What the generator thread hands over: a batch, or the failure that stopped it. */
    private record Item(DemoBatch batch, RuntimeException failure) {
    }

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(3);
    private final Thread thread;

    DemoPipeline(int count, int batchSize, long seed, Instant now) {
        thread = new Thread(() -> produce(count, batchSize, seed, now), "demo-data-generator");
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(int count, int batchSize, long seed, Instant now) {
        try {
            Random random = new Random(seed);
            DemoPersons persons = new DemoPersons(seed, random, now);
            DemoRecords records = new DemoRecords(random, now);
            for (int done = 0; done < count; done += batchSize) {
                int size = Math.min(batchSize, count - done);
                DemoBatch batch = new DemoBatch();
                for (int slot = 0; slot < size; slot++) {
                    DemoPersons.Generated g = persons.next();
                    batch.persons.add(g.person());
                    records.add(batch, slot, g, persons.faker(g.locale()));
                }
                queue.put(new Item(batch, null));
            }
        } catch (InterruptedException e) {
            // the generation was cancelled or failed: nobody waits for more batches
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            queue.offer(new Item(null, e));
        }
    }

    /** The next batch, waiting for it if needed; a failure of the generator is thrown here. */
    DemoBatch next() {
        try {
            Item item = queue.take();
            if (item.failure() != null) {
                throw item.failure();
            }
            return item.batch();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for generated data", e);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
