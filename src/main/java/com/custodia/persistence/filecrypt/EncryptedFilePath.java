package com.custodia.persistence.filecrypt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's file system for encrypted workspaces: {@code cxts:<key id>:<path>}.
 *
 * <p>It reads and writes the same files as H2's {@code CIPHER=AES} (see {@link SectorCipher}), but
 * with the JDK's AES, several times faster where the processor has AES instructions. The key never
 * appears in a path: a database URL names a key that this process registered with
 * {@link #register}, and the key is forgotten with {@link #forget}.
 *
 * <p>Every file H2 makes under such a path is encrypted (the store, its temporary copies, spilled
 * results) except its lock and trace files, which hold no data.
 */
public final class EncryptedFilePath extends FilePathWrapper {

    static final String SCHEME = "cxts";
    private static final Map<String, byte[]> KEYS = new ConcurrentHashMap<>();

    static {
        FilePath.register(new EncryptedFilePath());
    }

    /** Registers a file password and returns the database path to give H2 for {@code file}. */
    public static String register(byte[] password, String file) {
        String id = UUID.randomUUID().toString();
        KEYS.put(id, password.clone());
        return SCHEME + ":" + id + ":" + file;
    }

    /** Forgets the password of a path {@link #register} returned. */
    public static void forget(String registeredPath) {
        byte[] password = KEYS.remove(keyId(registeredPath));
        if (password != null) {
            java.util.Arrays.fill(password, (byte) 0);
        }
    }

    /** The bytes H2 makes of a file password given as characters: each character big-endian. */
    public static byte[] passwordBytes(char[] password) {
        byte[] bytes = new byte[password.length * 2];
        for (int i = 0; i < password.length; i++) {
            bytes[2 * i] = (byte) (password[i] >>> 8);
            bytes[2 * i + 1] = (byte) password[i];
        }
        return bytes;
    }

    private static String keyId(String path) {
        int start = SCHEME.length() + 1;
        int end = path.indexOf(':', start);
        if (!path.startsWith(SCHEME + ":") || end < 0) {
            throw new IllegalArgumentException("not an encrypted workspace path");
        }
        return path.substring(start, end);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    protected String getPrefix() {
        return SCHEME + ":" + keyId(name) + ":";
    }

    @Override
    protected FilePath unwrap(String fileName) {
        return FilePath.get(fileName.substring(fileName.indexOf(':', SCHEME.length() + 1) + 1));
    }

    private boolean encrypted() {
        return !(name.endsWith(".lock.db") || name.endsWith(".trace.db"));
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        if (!encrypted()) {
            return getBase().open(mode);
        }
        byte[] password = KEYS.get(keyId(name));
        if (password == null) {
            throw new IOException("No key is registered for " + unwrap());
        }
        return new EncryptedFileChannel(name, password, getBase().open(mode));
    }

    @Override
    public long size() {
        long length = getBase().size();
        return encrypted() ? EncryptedFileChannel.contentSize(length) : length;
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return encrypted() ? Channels.newInputStream(open("r")) : super.newInputStream();
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        if (!encrypted()) {
            return super.newOutputStream(append);
        }
        FileChannel channel = open("rw");
        if (append) {
            channel.position(channel.size());
        } else {
            channel.truncate(0);
        }
        return Channels.newOutputStream(channel);
    }
}
