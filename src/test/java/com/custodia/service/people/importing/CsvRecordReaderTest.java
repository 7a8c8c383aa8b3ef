package com.custodia.service.people.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.service.people.importing.CsvRecord.FaultKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The byte-level CSV reader: records, values, physical lines and faults, one record at a time. */
class CsvRecordReaderTest {

    private static List<CsvRecord> read(byte[] bytes) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(bytes))) {
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        return records;
    }

    private static List<CsvRecord> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> values(CsvRecord record) {
        return Arrays.asList(record.fields());
    }

    @Test
    void quotedValuesKeepCommasQuotesAndLineBreaksAndTheNextRecordKnowsItsLine() throws IOException {
        List<CsvRecord> records = read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"one\r\ntwo\nthree\"\nlast,,\n");

        assertThat(records).hasSize(3);
        assertThat(values(records.get(1))).containsExactly("x, y", "say \"hi\"", "one\r\ntwo\nthree");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(2).line()).as("the quoted value spanned lines 2 to 4").isEqualTo(5);
        assertThat(values(records.get(2))).containsExactly("last", "", "");
    }

    @Test
    void crlfLfAndCrAreLineBreaksAndEmptyOrBlankLinesAreSkipped() throws IOException {
        List<CsvRecord> records = read("h1,h2\r\n\r\nA,B\r\n   \n\t\rC,D\rE,F");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 3L, 6L, 7L);
        assertThat(values(records.get(3))).containsExactly("E", "F");
    }

    @Test
    void aByteOrderMarkIsSkippedAndAUtf16FileIsRefused() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "last_name\nMüller\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertThat(values(read(withBom).get(0))).containsExactly("last_name");
        assertThatThrownBy(() -> read("x".getBytes(StandardCharsets.UTF_16))).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("UTF-16");
    }

    @Test
    void invalidUtf8SpoilsOnlyItsOwnValueAndNamesTheByte() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("a,b\nok,fine\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {'x', ',', 'M', (byte) 0xFC, 'l', 'l', 'e', 'r', '\n'});
        out.writeBytes("\"multi\nline\",\uFFFD kept\n".getBytes(StandardCharsets.UTF_8));

        List<CsvRecord> records = read(out.toByteArray());

        assertThat(records).hasSize(4);
        CsvRecord bad = records.get(2);
        assertThat(bad.line()).isEqualTo(3);
        assertThat(bad.fault().kind()).isEqualTo(FaultKind.INVALID_UTF8);
        assertThat(bad.fault().field()).isEqualTo(1);
        assertThat(bad.fault().detail()).isEqualTo(2);
        assertThat(bad.fields()[0]).isEqualTo("x");
        assertThat(records.get(3).fault()).as("a real U+FFFD in the file is a character like any other").isNull();
        assertThat(values(records.get(3))).containsExactly("multi\nline", "\uFFFD kept");
    }

    @Test
    void textAfterAClosingQuoteFaultsThatRecordOnly() throws IOException {
        List<CsvRecord> records = read("a,b\n\"x\"y,z\nnext,row\n");

        assertThat(records.get(1).fault().kind()).isEqualTo(FaultKind.TEXT_AFTER_QUOTE);
        assertThat(records.get(1).fields()).hasSize(2);
        assertThat(values(records.get(2))).containsExactly("next", "row");
        assertThat(records.get(2).line()).isEqualTo(3);
    }

    @Test
    void aQuoteInsideAnUnquotedValueIsKept() throws IOException {
        assertThat(values(read("a,b\n5\" disk,x\n").get(1))).containsExactly("5\" disk", "x");
    }

    @Test
    void anUnclosedQuoteSwallowsTheRestAndSaysSo() throws IOException {
        List<CsvRecord> records = read("a,b\n1,\"open\n2,3\n4,5\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).fault().kind()).isEqualTo(FaultKind.UNCLOSED_QUOTE);
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void aRecordBeyondTheLimitIsRejectedWithoutBeingKeptAndReadingGoesOn() throws IOException {
        String huge = "\"" + "x".repeat(CsvRecordReader.MAX_RECORD_BYTES + 10) + "\"";
        List<CsvRecord> records = read("a\n" + huge + "\nafter\n");

        assertThat(records).hasSize(3);
        assertThat(records.get(1).fault().kind()).isEqualTo(FaultKind.TOO_LONG);
        assertThat(values(records.get(2))).containsExactly("after");
        assertThat(records.get(2).line()).isEqualTo(3);
    }

    @Test
    void recordsLongerThanTheBufferAndSplitAcrossReadsStayWhole() throws IOException {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i).append(",\"").append("é".repeat(i % 50)).append("\"\r\n");
        }
        text.append("end,\"").append("y".repeat(600_000)).append("\"\n");
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);

        List<CsvRecord> records = new ArrayList<>();
        // a stream that hands out odd-sized pieces, as pipes do
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7919));
            }
        })) {
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }

        assertThat(records).hasSize(20_002);
        assertThat(records.get(12_345).fields()[1]).isEqualTo("é".repeat(12_344 % 50));
        assertThat(records.get(20_001).fields()[1]).hasSize(600_000);
        assertThat(records.get(20_001).endOffset()).isEqualTo(bytes.length);
    }

    @Test
    void theDigestCoversExactlyTheBytesBeforeThePosition() throws Exception {
        byte[] bytes = "a,b\n1,2\n\n3,\"4\n5\"\n".getBytes(StandardCharsets.UTF_8);
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(bytes))) {
            reader.next();
            CsvRecord one = reader.next();
            assertThat(reader.position()).isEqualTo(one.endOffset()).isEqualTo(8);
            assertThat(HexFormat.of().formatHex(reader.digestToHere())).isEqualTo(sha256(bytes, 8));
            CsvRecord two = reader.next();
            assertThat(two.line()).isEqualTo(4);
            assertThat(reader.next()).isNull();
            assertThat(reader.position()).isEqualTo(bytes.length);
            assertThat(reader.line()).isEqualTo(6);
            assertThat(HexFormat.of().formatHex(reader.digestToHere())).isEqualTo(sha256(bytes, bytes.length));
        }
    }

    private static String sha256(byte[] bytes, int length) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(bytes, 0, length);
        return HexFormat.of().formatHex(digest.digest());
    }
}
