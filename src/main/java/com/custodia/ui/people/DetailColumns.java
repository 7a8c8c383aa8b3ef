package com.custodia.ui.people;

import com.custodia.service.partners.PartnerDisclosures;

import com.custodia.service.consent.ConsentService.ConsentView;
import com.custodia.service.history.HistoryEntry;
import com.custodia.service.ledger.LedgerEntryView;
import com.custodia.service.people.PersonRecordViews.CorrespondenceView;
import com.custodia.service.people.PersonRecordViews.ForumPostView;
import com.custodia.service.people.PersonRecordViews.JobApplicationView;
import com.custodia.service.people.PersonRecordViews.LicenseView;
import com.custodia.service.people.PersonRecordViews.OrderView;
import com.custodia.service.people.PersonRecordViews.PointOfContactView;
import com.custodia.service.people.PersonRecordViews.WebVisitView;
import com.custodia.ui.people.DetailLists.Preference;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.TableView;

/**
 * View helper: the columns of the detail's record tables. Values are shown as the services
 * return them (license keys masked for roles without key view, cards reduced to brand and last
 * four digits); this class only puts them into words.
 */
final class DetailColumns {

    private final PeopleText text;

    DetailColumns(PeopleText text) {
        this.text = text;
    }

    void licenses(TableView<LicenseView> t) {
        Columns.add(t, text, "license.key", 190, LicenseView::key);
        Columns.add(t, text, "license.product", 140, LicenseView::product);
        Columns.add(t, text, "license.edition", 90, LicenseView::edition);
        Columns.add(t, text, "license.seats", 60, l -> Integer.toString(l.seats()));
        Columns.add(t, text, "license.issued", 95, l -> text.orEmpty(l.issuedOn()));
        Columns.add(t, text, "license.expires", 95, l -> text.orEmpty(l.expiresOn()));
        Columns.add(t, text, "license.status", 85, l -> text.named("licenseStatus", l.status()));
        Columns.add(t, text, "license.upgradeUntil", 110, l -> text.orEmpty(l.upgradeUntil()));
        Columns.empty(t, text.get("records.empty"));
    }

    void orders(TableView<OrderView> t) {
        Columns.add(t, text, "order.time", 130, o -> text.time(o.orderedAt()));
        Columns.add(t, text, "order.product", 170, OrderView::product);
        Columns.add(t, text, "order.amount", 100, o -> o.amount().toPlainString() + " " + o.currency());
        Columns.add(t, text, "order.card", 140, o -> o.cardLast4() == null ? text.get("value.none")
                : text.format("order.cardText", text.orNone(o.cardBrand()), o.cardLast4()));
        Columns.add(t, text, "order.expiry", 90, o -> text.orNone(o.cardExpiry()));
        Columns.empty(t, text.get("records.empty"));
    }

    void visits(TableView<WebVisitView> t) {
        Columns.add(t, text, "visit.time", 130, v -> text.time(v.visitedAt()));
        Columns.add(t, text, "visit.ip", 110, WebVisitView::ipAddress);
        Columns.add(t, text, "visit.browser", 110, v -> joined(v.browser(), v.browserVersion()));
        Columns.add(t, text, "visit.language", 70, v -> text.orEmpty(v.language()));
        Columns.add(t, text, "visit.referrer", 160, v -> text.orEmpty(v.referrer()));
        Columns.add(t, text, "visit.search", 170, v -> joined(v.searchEngine(), v.searchKeywords()));
        Columns.add(t, text, "visit.pages", 160, v -> text.orEmpty(v.pagesViewed()));
        Columns.add(t, text, "visit.addOns", 120, v -> text.orEmpty(v.addOns()));
        Columns.add(t, text, "visit.window", 80, v -> v.windowWidth() == null || v.windowHeight() == null ? ""
                : text.format("visit.windowSize", v.windowWidth(), v.windowHeight()));
        Columns.add(t, text, "visit.cookie", 110, v -> text.orEmpty(v.cookieId()));
        Columns.empty(t, text.get("records.empty"));
    }

    void preferences(TableView<Preference> t) {
        Columns.add(t, text, "preference.class", 170, p -> text.named("messageClass", p.choice().messageClass()));
        Columns.add(t, text, "preference.mandatory", 85, p -> text.yesNo(p.choice().mandatory()));
        Columns.add(t, text, "preference.subscribed", 85, p -> text.yesNo(p.choice().subscribed()));
        Columns.add(t, text, "preference.since", 130, p -> p.choice().recorded() ? text.time(p.choice().since())
                : text.get("preference.default"));
        Columns.add(t, text, "preference.source", 130, p -> text.orEmpty(p.choice().source()));
        Columns.add(t, text, "preference.mayEmail", 320, p -> p.decision() == null ? ""
                : p.decision().allowed() ? text.get("preference.allowed")
                : text.format("preference.refused", p.decision().reason()));
        Columns.empty(t, text.get("records.empty"));
    }

    void correspondence(TableView<CorrespondenceView> t) {
        Columns.add(t, text, "mail.time", 130, c -> text.time(c.sentAt()));
        Columns.add(t, text, "mail.direction", 90, c -> text.named("direction", c.direction()));
        Columns.add(t, text, "mail.email", 190, CorrespondenceView::email);
        Columns.add(t, text, "mail.subject", 300, CorrespondenceView::subject);
        Columns.empty(t, text.get("records.empty"));
    }

    void forumPosts(TableView<ForumPostView> t) {
        Columns.add(t, text, "mail.time", 130, p -> text.time(p.postedAt()));
        Columns.add(t, text, "mail.email", 190, ForumPostView::email);
        Columns.add(t, text, "mail.subject", 390, ForumPostView::subject);
        Columns.empty(t, text.get("records.empty"));
    }

    void pointsOfContact(TableView<PointOfContactView> t) {
        Columns.add(t, text, "contact.time", 130, p -> text.time(p.occurredAt()));
        Columns.add(t, text, "contact.reason", 220, p -> text.named("reason", p.reason()));
        Columns.add(t, text, "contact.note", 360, p -> text.orEmpty(p.note()));
        Columns.empty(t, text.get("records.empty"));
    }

    void consents(TableView<ConsentView> t) {
        Columns.add(t, text, "consent.purpose", 200, ConsentView::purpose);
        Columns.add(t, text, "consent.recipients", 170, c -> text.list(c.recipients()));
        Columns.add(t, text, "consent.categories", 170, c -> text.list(c.categories()));
        Columns.add(t, text, "consent.status", 90, c -> text.get("consentStatus." + c.status()));
        Columns.add(t, text, "consent.given", 130, c -> text.time(c.givenAt()));
        Columns.add(t, text, "consent.withdrawn", 130, c -> text.time(c.withdrawnAt()));
        Columns.empty(t, text.get("records.empty"));
    }

    void applications(TableView<JobApplicationView> t) {
        Columns.add(t, text, "application.time", 130, a -> text.time(a.appliedAt()));
        Columns.add(t, text, "application.position", 150, JobApplicationView::position);
        Columns.add(t, text, "application.status", 90, a -> text.named("applicationStatus", a.status()));
        Columns.add(t, text, "application.name", 150, JobApplicationView::fullName);
        Columns.add(t, text, "application.address", 190, a -> text.orEmpty(a.address()));
        Columns.add(t, text, "application.phone", 120, a -> text.orEmpty(a.phone()));
        Columns.add(t, text, "application.email", 180, a -> text.orEmpty(a.email()));
        Columns.add(t, text, "application.history", 260, a -> text.orEmpty(a.employmentHistory()));
        Columns.empty(t, text.get("records.empty"));
    }

    void history(TableView<HistoryEntry> t) {
        Columns.add(t, text, "history.time", 130, h -> text.time(h.changedAt()));
        Columns.add(t, text, "history.operator", 90, HistoryEntry::operator);
        Columns.add(t, text, "history.source", 130, h -> text.orEmpty(h.source()));
        Columns.add(t, text, "history.record", 120, h -> text.format("history.recordText", h.entity(),
                Long.toString(h.entityId())));
        Columns.add(t, text, "history.field", 110, HistoryEntry::field);
        Columns.add(t, text, "history.change", 300, h -> text.format("history.changeText", shownValue(h.oldValue()),
                shownValue(h.newValue())));
        Columns.empty(t, text.get("records.empty"));
    }

    void disclosures(TableView<LedgerEntryView> t, java.util.function.Supplier<Instant> now) {
        Columns.add(t, text, "disclosure.seq", 60, e -> Long.toString(e.seq()));
        Columns.add(t, text, "disclosure.time", 130, e -> text.time(e.time()));
        Columns.add(t, text, "disclosure.operator", 90, LedgerEntryView::operator);
        Columns.add(t, text, "disclosure.recipient", 170, LedgerEntryView::recipientName);
        Columns.add(t, text, "disclosure.basis", 170, e -> e.heldBackAt(now.get())
                ? text.named("basis", e.basis()) + " \u00b7 " + text.format("disclosure.heldBack",
                        text.time(e.nonNotificationUntil()))
                : text.named("basis", e.basis()));
        Columns.add(t, text, "disclosure.categories", 150, e -> text.list(e.categories()));
        Columns.add(t, text, "disclosure.purpose", 170, LedgerEntryView::purpose);
        Columns.empty(t, text.get("records.empty"));
    }

    void partnerAccess(TableView<PartnerDisclosures.PartnerAccess> t) {
        Columns.add(t, text, "partnerAccess.partner", 160, PartnerDisclosures.PartnerAccess::partner);
        Columns.add(t, text, "partnerAccess.license", 170, PartnerDisclosures.PartnerAccess::licenseKey);
        Columns.add(t, text, "partnerAccess.product", 130, PartnerDisclosures.PartnerAccess::product);
        Columns.add(t, text, "partnerAccess.grant", 60, a -> "#" + a.grantId());
        Columns.add(t, text, "partnerAccess.fields", 220, a -> String.join(", ", a.fields()));
        Columns.add(t, text, "partnerAccess.until", 150, a -> text.time(a.grantUntil()));
        Columns.empty(t, text.get("partners.canSee.empty"));
    }

    void partnerReceived(TableView<PartnerDisclosures.PartnerDisclosure> t) {
        Columns.add(t, text, "partnerReceived.seq", 60, d -> Long.toString(d.seq()));
        Columns.add(t, text, "partnerReceived.time", 140, d -> text.time(d.occurredAt()));
        Columns.add(t, text, "partnerReceived.partner", 160, PartnerDisclosures.PartnerDisclosure::partner);
        Columns.add(t, text, "partnerReceived.grant", 60, d -> d.grant() == null ? "" : "#" + d.grant());
        Columns.add(t, text, "partnerReceived.channel", 70, PartnerDisclosures.PartnerDisclosure::channel);
        Columns.add(t, text, "partnerReceived.fields", 220, d -> String.join(", ", d.fields()));
        Columns.add(t, text, "partnerReceived.operator", 80, PartnerDisclosures.PartnerDisclosure::operator);
        Columns.empty(t, text.get("partners.received.empty"));
    }

    private String shownValue(String value) {
        return value == null ? text.get("history.none") : value;
    }

    private static String joined(String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
    }
}
