package com.custodia.service.ledger;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/** "Page n of m" and the document's name at the foot of every page; m is filled in when the document closes. */
final class PageFooter extends PdfPageEventHelper {
    /** Room for the page total, up to three digits. */
    private static final float TOTAL_WIDTH = 15;
    private final Font font;
    private final String label;
    private PdfTemplate total;

    PageFooter(Font font, String label) {
        this.font = font;
        this.label = label;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float y = document.bottom() - 24;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(label, font), document.left(), y, 0);
        String page = "Page " + writer.getPageNumber() + " of ";
        float width = font.getBaseFont().getWidthPoint(page, font.getSize());
        float x = document.right() - TOTAL_WIDTH - width;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(page, font), x, y, 0);
        cb.addTemplate(total, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(String.valueOf(writer.getPageNumber() - 1), font), 0, 0, 0);
    }
}
