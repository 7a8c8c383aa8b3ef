package com.custodia.service.legal;

/** The copy of a legal order as received, checked against the SHA-256 taken at intake. */
public record LegalOrderCopy(String fileName, long size, String sha256, byte[] content) {

    public LegalOrderCopy {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
