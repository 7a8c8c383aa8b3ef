package com.custodia.service.ledger;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The accounting as a PDF for the person: title, who it is about, when it was made, one table
 * row per line (a summarised series gets a second row saying how often it recurred), a note on
 * what the summaries mean, and "page n of m" on every page. The text is English, like every
 * sentence the services write (decision 0008).
 */
final class AccountingPdf {

    /** Shipped inside the OpenPDF jar; covers Latin, Greek and Cyrillic, which Helvetica's WinAnsi does not. */
    private static final String FONT_RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6b);
    private static final Color RULE = new Color(0xc8, 0xcd, 0xd3);
    private static final Color HEADER_FILL = new Color(0xe8, 0xec, 0xf1);
    private static final Color SERIES_FILL = new Color(0xf6, 0xf7, 0xf9);
    private static final float[] WIDTHS = {9, 20, 26, 19, 17, 9};
    private static final String[] HEADERS = {"Date", "Recipient", "What was disclosed", "Purpose", "Basis",
        "Ledger entry"};

    private final Font title;
    private final Font body;
    private final Font bold;
    private final Font small;
    private final Font smallItalic;
    private final Font header;

    private AccountingPdf(BaseFont base) {
        title = new Font(base, 18, Font.BOLD);
        body = new Font(base, 9);
        bold = new Font(base, 9, Font.BOLD);
        small = new Font(base, 8, Font.NORMAL, MUTED);
        smallItalic = new Font(base, 8, Font.ITALIC, MUTED);
        header = new Font(base, 8.5f, Font.BOLD);
    }

    static byte[] write(Accounting a) {
        try {
            return new AccountingPdf(baseFont()).render(a);
        } catch (DocumentException e) {
            throw new IllegalStateException("The accounting could not be laid out as PDF: " + e.getMessage(), e);
        }
    }

    private byte[] render(Accounting a) throws DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // landscape: six columns of words do not fit a portrait page legibly
        Document doc = new Document(PageSize.A4.rotate(), 40, 40, 40, 50);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PageFooter(small, "Accounting of disclosures \u2014 " + personLabel(a)));
        doc.addTitle("Accounting of disclosures \u2014 " + personLabel(a));
        doc.addCreator("Custodia");
        doc.open();

        doc.add(new Paragraph("Accounting of disclosures", title));
        Paragraph facts = new Paragraph(14);
        facts.setSpacingBefore(6);
        facts.add(new Chunk("Person: ", bold));
        facts.add(new Chunk(personLabel(a) + "\n", body));
        facts.add(new Chunk("Generated: ", bold));
        facts.add(new Chunk(DAY_TIME.format(a.generatedAt()) + "\n", body));
        facts.add(new Chunk("Disclosures: ", bold));
        facts.add(new Chunk(countLine(a), body));
        doc.add(facts);
        Paragraph intro = new Paragraph("Every disclosure of personal data about this person that the disclosure "
                + "ledger records, oldest first: when, to whom, what, why and on which basis.", small);
        intro.setSpacingBefore(6);
        intro.setSpacingAfter(10);
        doc.add(intro);

        if (a.lines().isEmpty()) {
            doc.add(new Paragraph("No disclosure of personal data about this person is recorded.", body));
        } else {
            doc.add(table(a.lines()));
            if (a.lines().stream().anyMatch(Accounting.Line::summarised)) {
                Paragraph note = new Paragraph("Repeated disclosures: when the same recipient received data about "
                        + "this person more than once for the same purpose, the first disclosure is shown in full, "
                        + "followed by the number of disclosures in the series (the first included), how often they "
                        + "happened on average, and the date of the last one. The ledger entry numbers let the "
                        + "vendor show each disclosure of the series on request.", smallItalic);
                note.setSpacingBefore(10);
                doc.add(note);
            }
        }
        doc.close();
        return out.toByteArray();
    }

    /**
     * One outer row per line, each holding its own small table: a line and its series summary
     * then move to the next page together instead of being cut apart at a page break.
     */
    private PdfPTable table(List<Accounting.Line> lines) throws DocumentException {
        PdfPTable outer = new PdfPTable(1);
        outer.setWidthPercentage(100);
        outer.setHeaderRows(1);
        PdfPTable head = columns();
        for (String h : HEADERS) {
            PdfPCell cell = cell(new Phrase(h, header));
            cell.setBackgroundColor(HEADER_FILL);
            head.addCell(cell);
        }
        outer.addCell(holder(head));
        for (Accounting.Line line : lines) {
            PdfPTable row = columns();
            row.addCell(cell(date(line.date())));
            row.addCell(cell(recipient(line)));
            row.addCell(cell(disclosed(line.categories(), line.fields())));
            row.addCell(cell(new Phrase(line.purpose(), body)));
            row.addCell(cell(basis(line)));
            row.addCell(cell(seq(line)));
            if (line.series() != null) {
                PdfPCell series = cell(seriesText(line));
                series.setColspan(WIDTHS.length);
                series.setBackgroundColor(SERIES_FILL);
                row.addCell(series);
            }
            outer.addCell(holder(row));
        }
        return outer;
    }

    private static PdfPTable columns() throws DocumentException {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell holder(PdfPTable inner) {
        PdfPCell cell = new PdfPCell(inner);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private Phrase date(Instant instant) {
        return phrase(new Chunk(DAY.format(instant), body), new Chunk("\n" + TIME.format(instant), small));
    }

    private Phrase recipient(Accounting.Line line) {
        Phrase p = phrase(new Chunk(line.recipientName(), bold), new Chunk("\n" + words(line.recipientKind()), small));
        if (line.recipientAddress() != null && !line.recipientAddress().isBlank()) {
            p.add(new Chunk("\n" + line.recipientAddress(), small));
        }
        return p;
    }

    private Phrase disclosed(List<String> categories, List<String> fields) {
        Phrase p = phrase(new Chunk(String.join(", ", categories), body));
        if (!fields.isEmpty()) {
            p.add(new Chunk("\nFields: " + String.join(", ", fields), small));
        }
        return p;
    }

    private Phrase basis(Accounting.Line line) {
        Phrase p = phrase(new Chunk(words(line.basis()), body));
        if (line.reference() != null && !line.reference().isBlank()) {
            p.add(new Chunk("\nReference: " + line.reference(), small));
        }
        return p;
    }

    private Phrase seq(Accounting.Line line) {
        return phrase(new Chunk("#" + line.ledgerSeq(), body), new Chunk("\n" + line.channel(), small));
    }

    private Phrase seriesText(Accounting.Line line) {
        Accounting.Series s = line.series();
        Phrase p = phrase(new Chunk("Repeated: ", bold), new Chunk(s.count() + " disclosures in all to "
                + line.recipientName() + " for this purpose, " + s.frequency() + "; the last on "
                + DAY.format(s.lastDate()) + " (ledger entry #" + s.lastLedgerSeq() + ").", body));
        if (!s.categories().equals(line.categories()) || !s.fields().equals(line.fields())) {
            p.add(new Chunk("\nAcross the series: " + String.join(", ", s.categories()) + "; fields: "
                    + String.join(", ", s.fields()) + ".", small));
        }
        return p;
    }

    /**
     * A phrase of chunks that each keep their own font. (A phrase made with a font passes its
     * style on to what is added to it, so a bold first word would make the whole cell bold.)
     */
    private static Phrase phrase(Chunk... chunks) {
        Phrase p = new Phrase();
        for (Chunk c : chunks) {
            p.add(c);
        }
        return p;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(5);
        cell.setPaddingTop(3);
        // the default leading (1.0 x the largest font) sets a small second line right against the first
        cell.setLeading(0, 1.25f);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    private static String personLabel(Accounting a) {
        String name = a.personName() == null ? "(record no longer held)" : a.personName();
        return name + " (person id " + a.personId() + ")";
    }

    private static String countLine(Accounting a) {
        int total = a.lines().stream().mapToInt(l -> l.series() == null ? 1 : l.series().count()).sum();
        if (total == 0) {
            return "none recorded";
        }
        return total + (total == 1 ? " disclosure" : " disclosures") + " in " + a.lines().size()
                + (a.lines().size() == 1 ? " line" : " lines");
    }

    static String words(RecipientKind kind) {
        return switch (kind) {
            case PARTNER -> "Partner";
            case THIRD_PARTY -> "Third party";
            case AUTHORITY -> "Authority";
            case DATA_SUBJECT -> "The person themselves";
            case PUBLIC -> "The public";
            case INTERNAL -> "Internal (the vendor)";
        };
    }

    static String words(LegalBasis basis) {
        return switch (basis) {
            case CONSENT -> "Consent";
            case PARTNER_AGREEMENT -> "Partner agreement";
            case LEGAL_ORDER -> "Legal order";
            case ENFORCEMENT -> "Enforcement of agreements";
            case IP_PROTECTION -> "Protection of intellectual property";
            case SUBJECT_REQUEST -> "The person's own request";
            case INTERNAL_USE -> "Internal use";
        };
    }

    private static BaseFont baseFont() {
        try (InputStream in = AccountingPdf.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                // a later OpenPDF without the bundled font: still readable for Latin-1 names
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
