package com.custodia.service.consent;

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
import java.util.ArrayList;
import java.util.List;

/**
 * A consent receipt as a one-page PDF for the person: what they agreed to, with whom, under which
 * policy, how it was collected and how to withdraw. OpenPDF (decision 0010), Liberation Sans
 * embedded so names outside Latin-1 print.
 */
final class ReceiptPdf {

    private static final String FONT_RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6b);
    private static final Color RULE = new Color(0xc8, 0xcd, 0xd3);

    private ReceiptPdf() {
    }

    static byte[] write(ConsentReceipt r) {
        try {
            BaseFont base = baseFont();
            Font title = new Font(base, 18, Font.BOLD);
            Font body = new Font(base, 10);
            Font label = new Font(base, 10, Font.BOLD);
            Font small = new Font(base, 8, Font.NORMAL, MUTED);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Consent receipt " + r.receiptId());
            doc.addCreator("Custodia");
            doc.open();
            doc.add(new Paragraph("Consent receipt", title));
            doc.add(new Paragraph("Receipt " + r.receiptId() + " \u2014 Kantara Consent Receipt v1.1 fields", small));
            doc.add(new Paragraph(" ", body));
            PdfPTable table = new PdfPTable(new float[] {30, 70});
            table.setWidthPercentage(100);
            for (String[] row : rows(r)) {
                table.addCell(cell(row[0], label));
                table.addCell(cell(row[1], body));
            }
            doc.add(table);
            doc.add(new Paragraph(" ", body));
            doc.add(new Paragraph("You can withdraw this consent at any time by writing to "
                    + r.controller().email() + ". Withdrawal takes effect at once for every later use.", body));
            doc.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("The receipt could not be laid out as PDF: " + e.getMessage(), e);
        }
    }

    private static List<String[]> rows(ConsentReceipt r) {
        ConsentService.ConsentView c = r.consent();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Given by", r.personName() + " (" + r.principalId() + ")"});
        rows.add(new String[] {"Given on", when(c.givenAt())});
        rows.add(new String[] {"Purpose", c.purpose() + (c.purposeCategory() == null ? ""
                : " (" + c.purposeCategory() + ")")});
        rows.add(new String[] {"Recipients", r.recipients().isEmpty() ? "none" : String.join(", ", r.recipients())});
        rows.add(new String[] {"Data categories", String.join(", ", c.categories().stream().sorted().toList())});
        if (c.medium() != null) {
            rows.add(new String[] {"Medium / scope", c.medium()});
        }
        rows.add(new String[] {"Consent type", c.consentType()});
        rows.add(new String[] {"Collected", c.collectionMethod() + ", by " + c.collectedBy()});
        rows.add(new String[] {"Privacy policy", (r.policyLabel() == null ? "not recorded" : r.policyLabel())
                + (r.policyUrl() == null ? "" : " \u2014 " + r.policyUrl())});
        if (r.policySha256() != null) {
            rows.add(new String[] {"Policy text SHA-256", r.policySha256()});
        }
        if (c.evidenceSha256() != null) {
            rows.add(new String[] {"Evidence", (c.evidence() == null ? "" : c.evidence() + ", ")
                    + "SHA-256 " + c.evidenceSha256()});
        }
        if (c.statementId() != null) {
            rows.add(new String[] {"Statement", "no. " + c.statementId() + ", exact text SHA-256 "
                    + c.statementSha256()});
        }
        rows.add(new String[] {"Termination", ReceiptJson.termination(c)});
        rows.add(new String[] {"Status", c.status() + (c.withdrawnAt() == null ? ""
                : ", withdrawn " + when(c.withdrawnAt()) + " (" + c.withdrawalMethod() + ")")});
        rows.add(new String[] {"Controller", r.controller().name() + ", " + r.controller().email()});
        rows.add(new String[] {"Jurisdiction", r.controller().jurisdiction()});
        return rows;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(5);
        return cell;
    }

    private static String when(Instant at) {
        return WHEN.format(at);
    }

    private static BaseFont baseFont() {
        try (InputStream in = ReceiptPdf.class.getResourceAsStream(FONT_RESOURCE)) {
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
