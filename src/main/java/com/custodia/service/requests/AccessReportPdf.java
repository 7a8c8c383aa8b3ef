package com.custodia.service.requests;

import com.custodia.service.ledger.Accounting;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The access report as a PDF for the person (OpenPDF, decision 0010): what it is and about whom,
 * one chapter per inventory category (what it holds, why, where it came from, every record as
 * one compact paragraph), the accounting of disclosures with recipients named, and the list of
 * every store searched with its row count. Text is English (decision 0008).
 */
final class AccessReportPdf {

    private static final String FONT_RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6b);

    private final Font title;
    private final Font heading;
    private final Font body;
    private final Font bold;
    private final Font small;

    private AccessReportPdf(BaseFont base) {
        title = new Font(base, 18, Font.BOLD);
        heading = new Font(base, 12, Font.BOLD);
        body = new Font(base, 8);
        bold = new Font(base, 9, Font.BOLD);
        small = new Font(base, 8, Font.NORMAL, MUTED);
    }

    static byte[] write(AccessReport report) {
        try {
            return new AccessReportPdf(baseFont()).render(report);
        } catch (DocumentException e) {
            throw new IllegalStateException("The access report could not be laid out as PDF: " + e.getMessage(), e);
        }
    }

    private byte[] render(AccessReport r) throws DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        String who = r.personName() == null ? "request " + r.requestId() : r.personName();
        doc.addTitle("Access report \u2014 " + who);
        doc.addCreator("Custodia");
        doc.open();
        doc.add(new Paragraph("What we hold about you", title));
        Paragraph facts = new Paragraph(12);
        facts.add(new Chunk("Person: ", bold));
        facts.add(new Chunk(who + "\n", body));
        facts.add(new Chunk("Request: ", bold));
        facts.add(new Chunk(r.requestId() + "\n", body));
        facts.add(new Chunk("Generated: ", bold));
        facts.add(new Chunk(DAY_TIME.format(r.generatedAt()) + "\n", body));
        doc.add(facts);
        Paragraph intro = new Paragraph("Every category of personal data the vendor keeps, with every record held "
                + "about you, why it is kept and where it came from; then every disclosure of your data and the list "
                + "of every store searched. Other people's email addresses, phone numbers and names inside your "
                + "records are replaced by \"[redacted: \u2026]\" (" + r.redactions() + " replaced).", small);
        intro.setSpacingAfter(8);
        doc.add(intro);
        for (AccessReport.Section s : r.sections()) {
            Paragraph h = new Paragraph(s.title() + " (" + s.records().size() + ")", heading);
            h.setSpacingBefore(8);
            doc.add(h);
            doc.add(new Paragraph("Holds: " + s.holds() + ". Why: " + s.purpose() + ". Sources: "
                    + String.join("; ", s.sources()) + ".", small));
            if (s.records().isEmpty()) {
                doc.add(new Paragraph("Nothing held.", body));
            }
            StringBuilder block = new StringBuilder();
            int lines = 0;
            for (Map<String, String> rec : s.records()) {
                block.append(rec.entrySet().stream().filter(e -> e.getValue() != null)
                        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "))).append('\n');
                // one paragraph per few hundred records keeps layout fast for thousands of visits
                if (++lines == 200) {
                    doc.add(new Paragraph(block.toString(), body));
                    block.setLength(0);
                    lines = 0;
                }
            }
            if (!block.isEmpty()) {
                doc.add(new Paragraph(block.toString(), body));
            }
        }
        Paragraph h = new Paragraph("Disclosures of your data", heading);
        h.setSpacingBefore(10);
        doc.add(h);
        for (Accounting a : r.accountings()) {
            if (a.lines().isEmpty()) {
                doc.add(new Paragraph("No disclosure of record " + a.personId() + " is recorded.", body));
            }
            StringBuilder block = new StringBuilder();
            for (Accounting.Line l : a.lines()) {
                block.append(DAY_TIME.format(l.date())).append(" to ").append(l.recipientName()).append(" (")
                        .append(l.recipientKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                        .append("): ").append(String.join(", ", l.categories())).append(" for ").append(l.purpose())
                        .append(", basis ").append(l.basis().cliName()).append(", ledger entry ").append(l.ledgerSeq());
                if (l.series() != null) {
                    block.append("; ").append(l.series().count()).append(" times, ").append(l.series().frequency())
                            .append(", last ").append(DAY_TIME.format(l.series().lastDate()));
                }
                block.append('\n');
            }
            if (!block.isEmpty()) {
                doc.add(new Paragraph(block.toString(), body));
            }
        }
        Paragraph c = new Paragraph("Stores searched", heading);
        c.setSpacingBefore(10);
        doc.add(c);
        StringBuilder stores = new StringBuilder();
        for (AccessReport.StoreSearched s : r.completeness()) {
            stores.append(s.category()).append(" / ").append(s.table()).append(": ").append(s.rows())
                    .append(s.rows() == 1 ? " row" : " rows").append('\n');
        }
        doc.add(new Paragraph(stores.toString(), body));
        doc.close();
        return out.toByteArray();
    }

    private static BaseFont baseFont() {
        try (InputStream in = AccessReportPdf.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF font could not be loaded: " + e.getMessage(), e);
        }
    }
}
