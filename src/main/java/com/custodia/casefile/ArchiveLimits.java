package com.custodia.casefile;

/**
 * The limits a case file's archive must keep before anything in it is read: the number of
 * entries, the unpacked total, the compression ratio of any entry, and the archive's own size;
 * and whether ZIP64 records are read at all (a workspace backup past 4 GB needs them).
 */
public record ArchiveLimits(int maxEntries, long maxUnpackedTotal, long maxRatio, long maxArchiveSize,
                            boolean zip64) {

    /** The limits of issue 8: 10,000 entries, 200 MB unpacked, 100:1; no ZIP64, which no case file needs. */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(10_000, 200L * 1024 * 1024, 100,
            220L * 1024 * 1024, false);
}
