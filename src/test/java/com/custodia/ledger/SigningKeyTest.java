package com.custodia.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Signed checkpoints survive the database's microsecond timestamps. */
class SigningKeyTest {

    @Test
    void aCheckpointSignedWithANanosecondClockStillVerifiesAfterTheDatabaseRoundTrip() {
        SigningKey key = SigningKey.generate();
        Checkpoint signed = key.sign("ws", 7, new byte[32], Instant.parse("2026-02-01T10:00:00.123456789Z"));
        // what the ledger_checkpoint table (TIMESTAMP(6)) gives back
        Checkpoint stored = new Checkpoint(signed.workspaceId(), signed.treeSize(), signed.root(),
                signed.time().truncatedTo(ChronoUnit.MICROS), signed.keyFingerprint(), signed.signature());

        assertThat(signed.time()).isEqualTo(Instant.parse("2026-02-01T10:00:00.123456Z"));
        assertThat(SigningKey.verify(stored, key.publicKey())).isTrue();
    }
}
