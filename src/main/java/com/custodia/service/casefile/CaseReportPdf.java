package com.custodia.service.casefile;

import com.custodia.ledger.EntryContent;
import com.custodia.service.ledger.CaseLedgerProof;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The report of a case that has none of its own: the case's facts as label and value, then its
 * ledger entries (number, time, recipient, basis, purpose, payload hash) and the checkpoint they
 * are proven against. English, like every sentence the services write (decision 0008).
 */
final class CaseReportPdf {

    private static final String FONT_RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";

    private CaseReportPdf() {
    }

    static byte[] write(CaseMaterial material, CaseLedgerProof proof, String exporter, Instant created) {
        try {
            BaseFont base = baseFont();
            Font title = new Font(base, 16, Font.BOLD);
            Font body = new Font(base, 9);
            Font bold = new Font(base, 9, Font.BOLD);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(material.title());
            doc.addCreator("Custodia");
            doc.open();
            doc.add(new Paragraph(material.title(), title));
            Paragraph facts = new Paragraph(13);
            facts.setSpacingBefore(6);
            line(facts, "Case", material.kind().cliName() + " " + material.caseId(), bold, body);
            line(facts, "Exported", created + " by " + exporter, bold, body);
            for (Map.Entry<String, Object> e : material.data().entrySet()) {
                Object v = e.getValue();
                if (v != null && !(v instanceof Map) && !(v instanceof Collection<?> c && c.size() > 20)) {
                    line(facts, e.getKey(), String.valueOf(v), bold, body);
                }
            }
            doc.add(facts);
            Paragraph head = new Paragraph("Ledger entries (" + proof.entries().size() + "), proven against the "
                    + "checkpoint of " + proof.checkpoint().treeSize() + " entries signed " + proof.checkpoint().time(),
                    bold);
            head.setSpacingBefore(10);
            head.setSpacingAfter(6);
            doc.add(head);
            if (!proof.entries().isEmpty()) {
                PdfPTable table = new PdfPTable(new float[] {7, 18, 22, 13, 22, 18});
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (String h : new String[] {"Entry", "Time", "Recipient", "Basis", "Purpose", "SHA-256 of payload"}) {
                    table.addCell(new Phrase(h, bold));
                }
                for (CaseLedgerProof.Proven p : proof.entries()) {
                    EntryContent c = p.content();
                    table.addCell(new Phrase(String.valueOf(p.seq()), body));
                    table.addCell(new Phrase(c.time().toString(), body));
                    table.addCell(new Phrase(c.recipientName(), body));
                    table.addCell(new Phrase(c.basis().name(), body));
                    table.addCell(new Phrase(c.purpose(), body));
                    table.addCell(new Phrase(c.payloadSha256().substring(0, Math.min(16, c.payloadSha256().length()))
                            + "…", body));
                }
                doc.add(table);
            }
            doc.close();
            return out.toByteArray();
        } catch (DocumentException | java.io.IOException e) {
            throw new IllegalStateException("The case report could not be laid out as PDF: " + e.getMessage(), e);
        }
    }

    private static BaseFont baseFont() throws java.io.IOException, DocumentException {
        try (java.io.InputStream in = CaseReportPdf.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        }
    }

    private static void line(Paragraph p, String label, String value, Font bold, Font body) {
        p.add(new Chunk(label + ": ", bold));
        p.add(new Chunk(value + "\n", body));
    }
}
