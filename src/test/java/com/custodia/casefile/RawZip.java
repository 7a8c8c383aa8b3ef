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
        /** In a ZIP64 archive: leave out the entry's ZIP64 field, or put another size in it. */
        boolean noZip64Field;
        Long zip64Size;

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
    private boolean zip64;

    /** Writes every size and offset in ZIP64 fields and ends with the ZIP64 end record and locator. */
    RawZip zip64() {
        zip64 = true;
        return this;
    }

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
            long localSize = e.localSize >= 0 ? e.localSize : e.size;
            ByteBuffer h = le(30);
            h.putInt(0x04034b50).putShort((short) (zip64 ? 45 : 20)).putShort((short) 0x800)
                    .putShort((short) e.method).putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc)
                    .putInt(zip64 ? -1 : e.data.length).putInt(zip64 ? -1 : (int) localSize)
                    .putShort((short) name.length).putShort((short) (zip64 ? 20 : 0));
            out.writeBytes(h.array());
            out.writeBytes(name);
            if (zip64) {
                out.writeBytes(le(20).putShort((short) 1).putShort((short) 16).putLong(localSize)
                        .putLong(e.data.length).array());
            }
            out.writeBytes(e.data);
        }
        long cdStart = out.size();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
            boolean field = zip64 && !e.noZip64Field;
            ByteBuffer h = le(46);
            h.putInt(0x02014b50).putShort((short) 0x0314).putShort((short) (zip64 ? 45 : 20)).putShort((short) 0x800)
                    .putShort((short) e.method).putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc)
                    .putInt(zip64 ? -1 : e.data.length).putInt(zip64 ? -1 : (int) e.size)
                    .putShort((short) name.length).putShort((short) (field ? 28 : 0))
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt((int) e.externalAttributes)
                    .putInt(zip64 ? -1 : offsets.get(i).intValue());
            out.writeBytes(h.array());
            out.writeBytes(name);
            if (field) {
                out.writeBytes(le(28).putShort((short) 1).putShort((short) 24)
                        .putLong(e.zip64Size != null ? e.zip64Size : e.size).putLong(e.data.length)
                        .putLong(offsets.get(i)).array());
            }
        }
        long cdSize = out.size() - cdStart;
        if (zip64) {
            long record = out.size();
            out.writeBytes(le(56).putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45)
                    .putInt(0).putInt(0).putLong(entries.size()).putLong(entries.size()).putLong(cdSize)
                    .putLong(cdStart).array());
            out.writeBytes(le(20).putInt(0x07064b50).putInt(0).putLong(record).putInt(1).array());
            out.writeBytes(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) -1)
                    .putShort((short) -1).putInt(-1).putInt(-1).putShort((short) 0).array());
            return out.toByteArray();
        }
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
