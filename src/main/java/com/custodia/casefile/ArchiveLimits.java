package com.custodia.casefile;

/**
 * The limits a case file's archive must keep before anything in it is read: the number of
 * entries, the unpacked total, the compression ratio of any entry, and the archive's own size.
 */
public record ArchiveLimits(int maxEntries, long maxUnpackedTotal, long maxRatio, long maxArchiveSize) {

    /** The limits of issue 8: 10,000 entries, 200 MB unpacked, 100:1. */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(10_000, 200L * 1024 * 1024, 100,
            220L * 1024 * 1024);
}
