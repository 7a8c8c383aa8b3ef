package com.custodia.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed checkpoints survive the database's microsecond timestamps; the signatures are the JDK's
 * Ed25519 signatures byte for byte, and each side accepts what the other signed.
 */
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

    @Test
    void signaturesAreTheJdksByteForByteAndEachSideVerifiesTheOthers() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 20; round++) {
            SigningKey key = SigningKey.generate();
            byte[] message = new byte[random.nextInt(0, 600)];
            random.nextBytes(message);

            Signature jdk = Signature.getInstance("Ed25519");
            jdk.initSign(key.pair().getPrivate());
            jdk.update(message);
            byte[] jdkSignature = jdk.sign();
            byte[] ours = key.signMessage(message);
            assertThat(ours).isEqualTo(jdkSignature);

            Signature check = Signature.getInstance("Ed25519");
            check.initVerify(key.pair().getPublic());
            check.update(message);
            assertThat(check.verify(ours)).isTrue();
            assertThat(SigningKey.verifyMessage(key.publicKey(), message, jdkSignature)).isTrue();
        }
    }

    @Test
    void aSignatureHoldsOnlyForItsMessageAndKey() {
        SigningKey key = SigningKey.generate();
        byte[] message = "custodia-checkpoint/v1 test".getBytes(StandardCharsets.UTF_8);
        byte[] signature = key.signMessage(message);
        assertThat(SigningKey.verifyMessage(key.publicKey(), message, signature)).isTrue();

        for (int i = 0; i < signature.length; i++) {
            byte[] flipped = signature.clone();
            flipped[i] ^= 0x40;
            assertThat(SigningKey.verifyMessage(key.publicKey(), message, flipped)).as("bit flipped in byte " + i).isFalse();
        }
        byte[] other = message.clone();
        other[0] ^= 1;
        assertThat(SigningKey.verifyMessage(key.publicKey(), other, signature)).isFalse();
        assertThat(SigningKey.verifyMessage(SigningKey.generate().publicKey(), message, signature)).isFalse();
        assertThat(SigningKey.verifyMessage(key.publicKey(), message, null)).isFalse();
        assertThat(SigningKey.verifyMessage(key.publicKey(), message, java.util.Arrays.copyOf(signature, 63))).isFalse();
        assertThat(SigningKey.verifyMessage(key.publicKey(), message, java.util.Arrays.copyOf(signature, 65))).isFalse();
    }

    @Test
    void whatIsNotAnEd25519PublicKeyVerifiesNothing() throws Exception {
        SigningKey key = SigningKey.generate();
        byte[] message = {1, 2, 3};
        byte[] signature = key.signMessage(message);
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        byte[] p256 = ec.generateKeyPair().getPublic().getEncoded();
        byte[] truncated = java.util.Arrays.copyOf(key.publicKey(), key.publicKey().length - 1);
        byte[] wrongPrefix = key.publicKey().clone();
        wrongPrefix[8] ^= 1;

        for (byte[] notAKey : new byte[][] {null, new byte[0], new byte[44], p256, truncated, wrongPrefix}) {
            assertThat(SigningKey.verifier(notAKey)).isNull();
            assertThat(SigningKey.verifyMessage(notAKey, message, signature)).isFalse();
        }
    }

    @Test
    void aKeyFileWhoseHalvesDoNotBelongTogetherIsDamaged(@TempDir Path dir) throws Exception {
        SigningKey key = SigningKey.generate();
        Path file = dir.resolve("key.json");
        KeyFile.write(file, key, "passphrase".toCharArray());
        String stored = Files.readString(file);
        String otherPublic = java.util.Base64.getEncoder().encodeToString(SigningKey.generate().publicKey());
        String ownPublic = java.util.Base64.getEncoder().encodeToString(key.publicKey());
        assertThat(stored).contains(ownPublic);
        Files.writeString(file, stored.replace(ownPublic, otherPublic));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KeyFile.read(file, "passphrase".toCharArray()))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("damaged");
    }
}
