package com.custodia.service.disclosure;

/** A completed disclosure: its ledger entry number and the SHA-256 of the bytes handed over. */
public record Disclosed(long ledgerSeq, String payloadSha256, long bytes) {
}
