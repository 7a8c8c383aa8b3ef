package com.custodia.service;

import com.custodia.service.casefile.AccountingCaseSource;
import com.custodia.service.casefile.CaseFileService;
import com.custodia.service.casefile.CaseReviewService;
import com.custodia.service.casefile.GrantCaseSource;
import com.custodia.service.casefile.CaseKind;
import com.custodia.service.casefile.LegalOrderCaseSource;
import com.custodia.service.casefile.RequestCaseSource;
import java.util.List;
import com.custodia.domain.ConnectionProfile;
import com.custodia.persistence.Database;
import com.custodia.domain.WorkspaceInfo;
import com.custodia.persistence.Workspaces;
import com.custodia.ledger.LedgerQueries;
import com.custodia.ledger.LedgerStore;
import com.custodia.ledger.OwnCustomers;
import com.custodia.ledger.SigningKey;
import com.custodia.service.auth.AuthService;
import com.custodia.service.auth.PasswordHasher;
import com.custodia.service.backup.BackupService;
import com.custodia.service.communications.CommunicationService;
import com.custodia.service.communications.MailingLists;
import com.custodia.service.consent.CampaignService;
import com.custodia.service.consent.ConsentReceipts;
import com.custodia.service.consent.ConsentService;
import com.custodia.service.consent.Controller;
import com.custodia.service.consent.PolicyVersionService;
import com.custodia.service.consent.StatementService;
import com.custodia.service.demo.DemoDataService;
import com.custodia.service.disclosure.DisclosureFacts;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.history.HistoryService;
import com.custodia.service.inventory.InventoryService;
import com.custodia.service.ledger.AccountingService;
import com.custodia.service.ledger.LedgerReader;
import com.custodia.service.ledger.LedgerStatusService;
import com.custodia.service.ledger.LedgerService;
import com.custodia.service.legal.LegalOrderService;
import com.custodia.service.operators.OperatorService;
import com.custodia.service.partners.GrantService;
import com.custodia.service.partners.LicenseLookupService;
import com.custodia.service.partners.PartnerDisclosures;
import com.custodia.service.partners.PartnerRegistry;
import com.custodia.service.partners.SharePackageService;
import com.custodia.service.people.AccountOwners;
import com.custodia.service.people.DuplicateFinder;
import com.custodia.service.people.PersonDirectory;
import com.custodia.service.people.PersonEditor;
import com.custodia.service.people.PersonExportService;
import com.custodia.service.people.PersonMerger;
import com.custodia.service.people.PersonRecords;
import com.custodia.service.people.PersonListings;
import com.custodia.service.people.PersonSearch;
import com.custodia.service.people.importing.PersonImportService;
import com.custodia.service.requests.AccessReportService;
import com.custodia.service.requests.CorrectionService;
import com.custodia.service.requests.RequestLog;
import com.custodia.service.requests.RequestService;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityEventService;
import com.custodia.service.security.SecurityLog;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every service over one open database, built with {@code new} in one place. The console and the
 * command line both get theirs from here; closing it closes the database.
 */
public final class Services implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Services.class);

    /** This installation's signing key for the workspace (null when locked) and where its anchor files go. */
    public record LedgerKeys(SigningKey key, Path anchors) {
    }

    private final Workspaces.Opened opened;
    private final SecurityLog securityLog;
    private final AccessGuard guard;
    private final AuthService auth;
    private final OperatorService operators;
    private final SecurityEventService securityEvents;
    private final PersonDirectory people;
    private final PersonSearch personSearch;
    private final PersonListings personListings;
    private final DemoDataService demoData;
    private final LedgerService ledger;
    private final DisclosureGate disclosures;
    private final PersonExportService personExport;
    private final PersonImportService personImport;
    private final ConsentService consents;
    private final LegalOrderService legalOrders;
    private final LedgerReader ledgerReader;
    private final AccountingService accounting;
    private final LedgerStatusService ledgerStatus;
    private final PersonEditor personEditor;
    private final AccountOwners accountOwners;
    private final DuplicateFinder duplicates;
    private final PersonMerger personMerger;
    private final HistoryService history;
    private final PersonRecords personRecords;
    private final CommunicationService communications;
    private final MailingLists mailingLists;
    private final InventoryService inventory;
    private final PartnerRegistry partners;
    private final GrantService grants;
    private final LicenseLookupService licenseLookup;
    private final SharePackageService sharePackages;
    private final PartnerDisclosures partnerDisclosures;
    private final PolicyVersionService policyVersions;
    private final ConsentReceipts consentReceipts;
    private final CampaignService campaigns;
    private final StatementService statements;
    private final RequestService requests;
    private final CorrectionService corrections;
    private final AccessReportService accessReports;
    private final RequestLog requestLog;
    private final CaseFileService caseFiles;
    private final CaseReviewService caseReviews;
    private final BackupService backups;

    public Services(Workspaces.Opened opened, Clock clock, PasswordHasher hasher, String workstation, LedgerKeys keys) {
        this.opened = opened;
        Database db = opened.database();
        this.securityLog = new SecurityLog(db, clock, workstation);
        this.guard = new AccessGuard(securityLog);
        this.auth = new AuthService(db, hasher, securityLog, clock);
        this.operators = new OperatorService(db, hasher, guard, securityLog, clock);
        this.securityEvents = new SecurityEventService(securityLog, guard);
        this.people = new PersonDirectory(db, guard, clock);
        this.personSearch = new PersonSearch(db, guard);
        this.personListings = new PersonListings(db, guard);
        this.ledger = new LedgerService(new LedgerStore(db, clock), keys.key(), keys.anchors(), opened.info().id(),
                guard, securityLog, clock);
        this.demoData = new DemoDataService(db, guard, securityLog, clock, ledger);
        this.disclosures = new DisclosureGate(guard, new DisclosureFacts(db, clock), ledger, securityLog, clock);
        this.personExport = new PersonExportService(db, disclosures);
        this.personImport = new PersonImportService(db, guard, clock);
        this.consents = new ConsentService(db, guard, clock);
        this.legalOrders = new LegalOrderService(db, guard, disclosures, securityLog, clock);
        LedgerQueries ledgerQueries = new LedgerQueries(db);
        OwnCustomers ownCustomers = new OwnCustomers(db);
        this.ledgerReader = new LedgerReader(ledger, ledgerQueries, ownCustomers, guard, clock);
        this.accounting = new AccountingService(db, ledgerQueries, ownCustomers, disclosures, guard, clock);
        this.ledgerStatus = new LedgerStatusService(ledgerQueries, securityLog, guard);
        this.personEditor = new PersonEditor(db, guard, clock);
        this.accountOwners = new AccountOwners(db, guard, clock);
        this.duplicates = new DuplicateFinder(db, guard);
        this.personMerger = new PersonMerger(db, guard, clock);
        this.history = new HistoryService(db, guard);
        this.personRecords = new PersonRecords(db, guard);
        this.communications = new CommunicationService(db, guard, clock);
        this.mailingLists = new MailingLists(db, guard, disclosures);
        this.inventory = new InventoryService(db, guard);
        this.partners = new PartnerRegistry(db, guard, securityLog, clock);
        this.grants = new GrantService(db, guard, securityLog, clock);
        this.licenseLookup = new LicenseLookupService(db, guard, disclosures, securityLog, clock);
        this.sharePackages = new SharePackageService(db, guard, disclosures, securityLog, clock);
        this.partnerDisclosures = new PartnerDisclosures(db, ledgerQueries, guard, clock);
        this.policyVersions = new PolicyVersionService(db, guard, clock);
        this.consentReceipts = new ConsentReceipts(db, guard, disclosures, Controller.vendor(), opened.info().id());
        this.campaigns = new CampaignService(db, guard, disclosures, clock);
        this.statements = new StatementService(db, guard, consents, disclosures, clock);
        this.requests = new RequestService(db, guard, personSearch, securityLog, clock);
        this.corrections = new CorrectionService(db, guard, personEditor, ledgerQueries, requests, clock);
        this.accessReports = new AccessReportService(db, guard, disclosures, requests, accounting, clock);
        this.requestLog = new RequestLog(requests, guard);
        this.caseFiles = new CaseFileService(List.of(new LegalOrderCaseSource(legalOrders, ledgerQueries),
                new GrantCaseSource(db, ledgerQueries), new AccountingCaseSource(accounting),
                new RequestCaseSource(CaseKind.REQUEST, requests, ledgerQueries)), ledger, disclosures, guard,
                opened.info().id(), clock);
        this.caseReviews = new CaseReviewService(db, () -> ledger.store().keys(), opened.info().id(), guard,
                securityLog, clock);
        this.backups = new BackupService(db, opened.info().id(), ledger.store(), guard, securityLog, clock);
    }

    public WorkspaceInfo info() { return opened.info(); }
    public ConnectionProfile profile() { return opened.database().profile(); }
    public Database database() { return opened.database(); }
    public SecurityLog securityLog() { return securityLog; }
    public AccessGuard guard() { return guard; }
    public AuthService auth() { return auth; }
    public OperatorService operators() { return operators; }
    public SecurityEventService securityEvents() { return securityEvents; }
    public PersonDirectory people() { return people; }
    public PersonSearch personSearch() { return personSearch; }
    public PersonListings personListings() { return personListings; }
    public DemoDataService demoData() { return demoData; }
    public LedgerService ledger() { return ledger; }
    public DisclosureGate disclosures() { return disclosures; }
    public PersonExportService personExport() { return personExport; }
    public PersonImportService personImport() { return personImport; }
    public ConsentService consents() { return consents; }
    public LegalOrderService legalOrders() { return legalOrders; }
    public LedgerReader ledgerReader() { return ledgerReader; }
    public AccountingService accounting() { return accounting; }
    public LedgerStatusService ledgerStatus() { return ledgerStatus; }
    public PersonEditor personEditor() { return personEditor; }
    public AccountOwners accountOwners() { return accountOwners; }
    public DuplicateFinder duplicates() { return duplicates; }
    public PersonMerger personMerger() { return personMerger; }
    public HistoryService history() { return history; }
    public PersonRecords personRecords() { return personRecords; }
    public CommunicationService communications() { return communications; }
    public MailingLists mailingLists() { return mailingLists; }
    public InventoryService inventory() { return inventory; }
    public PartnerRegistry partners() { return partners; }
    public GrantService grants() { return grants; }
    public LicenseLookupService licenseLookup() { return licenseLookup; }
    public SharePackageService sharePackages() { return sharePackages; }
    public PartnerDisclosures partnerDisclosures() { return partnerDisclosures; }
    public PolicyVersionService policyVersions() { return policyVersions; }
    public ConsentReceipts consentReceipts() { return consentReceipts; }
    public CampaignService campaigns() { return campaigns; }
    public StatementService statements() { return statements; }
    public RequestService requests() { return requests; }
    public CorrectionService corrections() { return corrections; }
    public AccessReportService accessReports() { return accessReports; }
    public RequestLog requestLog() { return requestLog; }
    public CaseFileService caseFiles() { return caseFiles; }
    public CaseReviewService caseReviews() { return caseReviews; }
    public BackupService backups() { return backups; }

    /** Signs a last checkpoint if entries were added since the previous one, then closes the database. */
    @Override
    public void close() {
        try {
            ledger.checkpointIfBehind();
        } catch (RuntimeException e) {
            LOG.warn("Could not sign the closing checkpoint: {}", e.getMessage());
        } finally {
            opened.close();
        }
    }
}
