package com.custodia.service.partners;

import com.custodia.service.disclosure.Disclosed;
import java.nio.file.Path;

/** A written share package: the file, its ledger entry and hash, how many licenses of how many persons. */
public record SharePackage(long grantId, String partner, Path file, ShareFormat format, int licenses, int persons,
                           Disclosed disclosed) {
}
