package com.custodia.casefile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIP archives byte by byte so tests can build the hostile ones no ZIP library would write:
 * names that climb out, links, lying sizes, local headers that disagree with the directory.
 */
final class RawZip {

    /** One entry; every field can be set to lie. */
    static final class Entry {
        String name;
        String localName;
        byte[] data = new byte[0];
        int method;
        long crc;
        long size;
        long localSize = -1;
        long externalAttributes;

        static Entry stored(String name, byte[] bytes) {
            Entry e = new Entry();
            e.name = name;
            e.data = bytes;
            e.method = 0;
            e.size = bytes.length;
            e.crc = crc(bytes);
            return e;
        }

        static Entry deflated(String name, byte[] bytes) {
            Entry e = stored(name, bytes);
            e.method = 8;
            e.data = deflate(bytes);
            return e;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    RawZip add(Entry e) {
        entries.add(e);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        for (Entry e : entries) {
            offsets.add((long) out.size());
            byte[] name = (e.localName != null ? e.localName : e.name).getBytes(StandardCharsets.UTF_8);
            ByteBuffer h = le(30);
            h.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x800).putShort((short) e.method)
                    .putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc).putInt(e.data.length)
                    .putInt((int) (e.localSize >= 0 ? e.localSize : e.size)).putShort((short) name.length)
                    .putShort((short) 0);
            out.writeBytes(h.array());
            out.writeBytes(name);
            out.writeBytes(e.data);
        }
        long cdStart = out.size();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
            ByteBuffer h = le(46);
            h.putInt(0x02014b50).putShort((short) 0x0314).putShort((short) 20).putShort((short) 0x800)
                    .putShort((short) e.method).putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc)
                    .putInt(e.data.length).putInt((int) e.size).putShort((short) name.length).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt((int) e.externalAttributes)
                    .putInt(offsets.get(i).intValue());
            out.writeBytes(h.array());
            out.writeBytes(name);
        }
        long cdSize = out.size() - cdStart;
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt((int) cdSize).putInt((int) cdStart).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
