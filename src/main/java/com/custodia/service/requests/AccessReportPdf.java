package com.custodia.service.requests;

import com.custodia.service.ledger.Accounting;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The access report as a PDF for the person (OpenPDF, decision 0010): what it is and about whom,
 * one chapter per inventory category (what it holds, why, where it came from, then every record
 * as wrapped lines of "field: value"), the disclosures with recipients named, and every store
 * searched with its row count. Text is English (decision 0008).
 *
 * <p>Lines are laid out here and drawn straight onto the page rather than through OpenPDF's
 * paragraph layout: a person with ten thousand web visits makes a report of several hundred
 * pages, which paragraph layout takes seconds to set and this takes a fraction of one.
 */
final class AccessReportPdf {

    private static final String FONT_RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6b);
    private static final float MARGIN = 40;
    private static final float BODY = 7.5f;

    private final BaseFont font;
    private final Document doc;
    private final PdfWriter writer;
    private final float width;
    private float y;
    private int page = 1;

    private AccessReportPdf(BaseFont font, ByteArrayOutputStream out) throws DocumentException {
        this.font = font;
        this.doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        this.writer = PdfWriter.getInstance(doc, out);
        this.width = PageSize.A4.getWidth() - 2 * MARGIN;
    }

    static byte[] write(AccessReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new AccessReportPdf(baseFont(), out).render(report);
        } catch (DocumentException e) {
            throw new IllegalStateException("The access report could not be laid out as PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private void render(AccessReport r) {
        String who = r.personName() == null ? "request " + r.requestId() : r.personName();
        doc.addTitle("Access report \u2014 " + who);
        doc.addCreator("Custodia");
        doc.open();
        y = PageSize.A4.getHeight() - MARGIN;
        text("What we hold about you", 18, Color.BLACK, 6);
        text("Person: " + who, 9, Color.BLACK, 0);
        text("Request: " + r.requestId(), 9, Color.BLACK, 0);
        text("Generated: " + DAY_TIME.format(r.generatedAt()), 9, Color.BLACK, 4);
        text("Every category of personal data the vendor keeps, with every record held about you, why it is kept "
                + "and where it came from; then every disclosure of your data and the list of every store searched. "
                + "Other people's email addresses, phone numbers and names inside your records are replaced by "
                + "\"[redacted: \u2026]\" (" + r.redactions() + " replaced).", 8, MUTED, 6);
        for (AccessReport.Section s : r.sections()) {
            text(s.title() + " (" + s.records().size() + ")", 12, Color.BLACK, 2);
            text("Holds: " + s.holds() + ". Why: " + s.purpose() + ". Sources: " + String.join("; ", s.sources())
                    + ".", 8, MUTED, 2);
            if (s.records().isEmpty()) {
                text("Nothing held.", BODY, Color.BLACK, 4);
            }
            StringBuilder line = new StringBuilder();
            for (Map<String, String> rec : s.records()) {
                line.setLength(0);
                for (Map.Entry<String, String> e : rec.entrySet()) {
                    if (e.getValue() != null && !e.getKey().equals("store")) {
                        if (!line.isEmpty()) {
                            line.append("; ");
                        }
                        line.append(e.getKey()).append(": ").append(e.getValue());
                    }
                }
                text(rec.get("store") + " \u2014 " + line, BODY, Color.BLACK, 1);
            }
            y -= 6;
        }
        text("Disclosures of your data", 12, Color.BLACK, 2);
        for (Accounting a : r.accountings()) {
            if (a.lines().isEmpty()) {
                text("No disclosure of record " + a.personId() + " is recorded.", BODY, Color.BLACK, 1);
            }
            for (Accounting.Line l : a.lines()) {
                StringBuilder b = new StringBuilder();
                b.append(DAY_TIME.format(l.date())).append(" to ").append(l.recipientName()).append(" (")
                        .append(l.recipientKind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .append("): ").append(String.join(", ", l.categories())).append(" for ").append(l.purpose())
                        .append(", basis ").append(l.basis().cliName()).append(", ledger entry ").append(l.ledgerSeq());
                if (l.series() != null) {
                    b.append("; ").append(l.series().count()).append(" times, ").append(l.series().frequency())
                            .append(", last ").append(DAY_TIME.format(l.series().lastDate()));
                }
                text(b.toString(), BODY, Color.BLACK, 1);
            }
        }
        y -= 6;
        text("Stores searched", 12, Color.BLACK, 2);
        for (AccessReport.StoreSearched s : r.completeness()) {
            text(s.category() + " / " + s.table() + ": " + s.rows() + (s.rows() == 1 ? " row" : " rows"), BODY,
                    Color.BLACK, 0);
        }
        footer();
        doc.close();
    }

    /** Draws {@code s} wrapped to the text width, starting a new page when the current one is full. */
    private void text(String s, float size, Color color, float after) {
        float leading = size * 1.25f;
        PdfContentByte cb = writer.getDirectContent();
        int start = 0;
        while (start < s.length()) {
            int end = fit(s, start, size);
            if (y - leading < MARGIN + 12) {
                footer();
                doc.newPage();
                page++;
                y = PageSize.A4.getHeight() - MARGIN;
            }
            y -= leading;
            cb.beginText();
            cb.setFontAndSize(font, size);
            cb.setColorFill(color);
            cb.setTextMatrix(MARGIN, y);
            cb.showText(s.substring(start, end).strip());
            cb.endText();
            start = end;
        }
        y -= after;
    }

    /** The end of the longest run from {@code start} that fits the width, broken after a space if there is one. */
    private int fit(String s, int start, float size) {
        float used = 0;
        int lastSpace = -1;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            used += font.getWidthPoint(c, size);
            if (used > width) {
                return lastSpace > start ? lastSpace + 1 : Math.max(i, start + 1);
            }
            if (c == ' ') {
                lastSpace = i;
            }
        }
        return s.length();
    }

    private void footer() {
        PdfContentByte cb = writer.getDirectContent();
        cb.beginText();
        cb.setFontAndSize(font, 7);
        cb.setColorFill(MUTED);
        cb.setTextMatrix(MARGIN, MARGIN - 10);
        cb.showText("Access report \u2014 page " + page);
        cb.endText();
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
